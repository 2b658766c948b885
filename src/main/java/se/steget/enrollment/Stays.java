package se.steget.enrollment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.steget.core.RejectedInputException;

/**
 * The stays of the people a batch of enrollments is for, read once and added to as the
 * batch goes, so that each new enrollment is checked against the saved ones and those
 * before it in the batch.
 */
final class Stays {

	/** A stay as far as overlaps go: its project and days. */
	record Stay(UUID participantId, UUID projectId, LocalDate startDate, LocalDate exitDate) {

		/** Whether an open stay from that day in the project would overlap this one. */
		boolean overlaps(UUID project, LocalDate start) {
			return this.projectId.equals(project) && (this.exitDate == null || !this.exitDate.isBefore(start));
		}

	}

	private final Map<UUID, List<Stay>> byPerson;

	Stays(Map<UUID, List<Stay>> byPerson) {
		this.byPerson = byPerson;
	}

	/**
	 * Refuses a stay from that day that would overlap another of the person in the
	 * project.
	 */
	void requireNoOverlap(UUID participantId, UUID projectId, LocalDate start) {
		if (this.byPerson.getOrDefault(participantId, List.of())
			.stream()
			.anyMatch((s) -> s.overlaps(projectId, start))) {
			throw new RejectedInputException("startDate", "error.overlappingEnrollment");
		}
	}

	void add(UUID participantId, UUID projectId, LocalDate start) {
		this.byPerson.computeIfAbsent(participantId, (k) -> new ArrayList<>())
			.add(new Stay(participantId, projectId, start, null));
	}

}
