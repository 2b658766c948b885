package se.steget.core;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What one erasure covers: participants whose personal data goes (their retention has run
 * out, or they withdrew consent), and projects whose own free texts about people go
 * (their retention has run out).
 *
 * @param participants the people to anonymise
 * @param projects the expired projects
 * @param on the day of the erasure
 */
public record Erasure(Set<UUID> participants, Set<UUID> projects, LocalDate on) {

	private static final UUID NONE = new UUID(0, 0);

	public Erasure {
		participants = Set.copyOf(participants);
		projects = Set.copyOf(projects);
	}

	/** A participant who withdrew consent: only that person, at once. */
	public static Erasure of(UUID participantId, LocalDate on) {
		return new Erasure(Set.of(participantId), Set.of(), on);
	}

	/**
	 * The participants to filter on in SQL; never empty, so that {@code in (...)} is
	 * valid.
	 */
	public Set<UUID> participantFilter() {
		return this.participants.isEmpty() ? Set.of(NONE) : this.participants;
	}

	/**
	 * The projects to filter on in SQL; never empty, so that {@code in (...)} is valid.
	 */
	public Set<UUID> projectFilter() {
		return this.projects.isEmpty() ? Set.of(NONE) : this.projects;
	}

	/**
	 * The named parameters an erasure's SQL uses: {@code people} and {@code projects}
	 * (never empty, see the filters) and {@code today}.
	 */
	public Map<String, Object> params() {
		return Map.of("people", participantFilter(), "projects", projectFilter(), "today", this.on);
	}

	public boolean isEmpty() {
		return this.participants.isEmpty() && this.projects.isEmpty();
	}

}
