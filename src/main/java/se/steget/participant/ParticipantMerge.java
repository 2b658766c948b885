package se.steget.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessManagement;
import se.steget.access.AccessScope;
import se.steget.core.RejectedInputException;
import se.steget.core.StaleEditException;

/**
 * Duplicates of persons: records that may be one person (born the same day with the same
 * or a very similar name) are listed for a manager, who merges two into one, field by
 * field. Every module moves what it holds about the removed person to the kept one in the
 * same transaction (see {@link ParticipantsMerged}), the removed record goes, and the
 * merge stays in the kept person's history.
 */
@Service
@Transactional(readOnly = true)
public class ParticipantMerge {

	/** Names at least this alike (Jaro-Winkler, 1 for the same) are listed. */
	static final double SIMILAR = 0.9;

	/** The most pairs the finder lists. */
	static final int MOST_PAIRS = 200;

	private final ParticipantManagement management;

	private final Participants participants;

	private final ParticipantCases cases;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final AccessManagement access;

	private final Clock clock;

	ParticipantMerge(ParticipantManagement management, Participants participants, ParticipantCases cases,
			JdbcClient jdbc, ApplicationEventPublisher events, AccessManagement access, Clock clock) {
		this.management = management;
		this.participants = participants;
		this.cases = cases;
		this.jdbc = jdbc;
		this.events = events;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Pairs among the people the manager sees who may be one person, the likeliest first;
	 * people with protected identity are never listed.
	 */
	public List<DuplicatePair> candidates(AccessScope scope) {
		requireManager(scope);
		Map<LocalDate, List<ParticipantSummary>> byBirthDate = new HashMap<>();
		this.management.visibleForMerge(scope)
			.forEach((person) -> byBirthDate.computeIfAbsent(person.birthDate(), (day) -> new ArrayList<>())
				.add(person));
		var similarity = new JaroWinklerSimilarity();
		List<DuplicatePair> pairs = new ArrayList<>();
		for (List<ParticipantSummary> sameDay : byBirthDate.values()) {
			for (int i = 0; i < sameDay.size(); i++) {
				for (int j = i + 1; j < sameDay.size(); j++) {
					double alike = similarity.apply(key(sameDay.get(i)), key(sameDay.get(j)));
					if (alike >= SIMILAR) {
						pairs.add(new DuplicatePair(sameDay.get(i), sameDay.get(j), (alike == 1.0)
								? DuplicatePair.Reason.SAME_NAME_AND_BIRTH_DATE : DuplicatePair.Reason.SIMILAR_NAME,
								alike));
					}
				}
			}
		}
		pairs.sort(java.util.Comparator.comparingDouble(DuplicatePair::similarity)
			.reversed()
			.thenComparing((pair) -> pair.first().name()));
		return pairs.stream().limit(MOST_PAIRS).toList();
	}

	/** The two persons a manager compares before merging them. */
	public List<ParticipantSummary> pair(UUID kept, UUID removed, AccessScope scope) {
		requireManager(scope);
		return List.of(this.management.get(kept, scope), this.management.get(removed, scope));
	}

	private static String key(ParticipantSummary person) {
		return person.name().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ").strip();
	}

	/**
	 * Merges the removed person into the kept one: their enrollments, with everything
	 * under them, documents and look-ups become the kept person's; the fields chosen take
	 * the removed person's values; the removed record goes.
	 * @throws RejectedInputException on {@code removedId} when the two are the same
	 * person, one has protected identity, or two of their stays in one project overlap;
	 * on a field when the merged record is not valid
	 * @throws StaleEditException when either record changed since the manager read it
	 */
	@Transactional
	public void merge(MergeForm form, AccessScope scope) {
		requireManager(scope);
		if (form.keptId() == null || form.removedId() == null || form.keptId().equals(form.removedId())) {
			throw new RejectedInputException("removedId", "participant.merge.same");
		}
		lockBoth(form);
		Participant kept = stillThere(form.keptId(), scope);
		Participant removed = stillThere(form.removedId(), scope);
		StaleEditException.check(form.keptVersion(), kept.getVersion());
		StaleEditException.check(form.removedVersion(), removed.getVersion());
		if (kept.isProtectedIdentity() || removed.isProtectedIdentity()) {
			throw new RejectedInputException("removedId", "participant.merge.protected");
		}
		List<String> unknown = form.fromRemoved().stream().filter((f) -> !MergeForm.FIELDS.contains(f)).toList();
		if (!unknown.isEmpty()) {
			throw new RejectedInputException("fromRemoved", "participant.merge.unknownField", unknown.get(0));
		}
		ParticipantForm merged = merged(ParticipantForm.of(kept), ParticipantForm.of(removed), form);
		int moved = this.cases.caseCount(removed.getId());
		this.events.publishEvent(new ParticipantsMerged(kept.getId(), removed.getId()));
		moveOwnRows(kept.getId(), removed.getId());
		record(kept.getId(), removed, form, moved, scope);
		try {
			this.participants.deleteById(removed.getId());
		}
		catch (DataIntegrityViolationException stillHeld) {
			throw new IllegalStateException("A module holds the removed person and did not move them", stillHeld);
		}
		this.management.update(kept.getId(), merged, scope);
	}

	/** The merges into this person, newest first. */
	public List<MergeRecord> history(UUID keptId) {
		return this.jdbc
			.sql("select removed_id, removed_number, removed_first_name, removed_last_name, taken_fields,"
					+ " moved_enrollments, merged_by, merged_at from participant_merge where kept_id = ?"
					+ " order by merged_at desc")
			.param(keptId)
			.query((rs, n) -> new MergeRecord(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getInt(6),
					this.access.displayName(rs.getObject(7, UUID.class)), rs.getObject(8, LocalDateTime.class)))
			.list();
	}

	private static ParticipantForm merged(ParticipantForm kept, ParticipantForm removed, MergeForm form) {
		for (String field : form.fromRemoved()) {
			switch (field) {
				case "personalIdentityNumber" -> {
					kept.setPersonalIdentityNumber(removed.getPersonalIdentityNumber());
					kept.setReserveIdentity(removed.isReserveIdentity());
					kept.setBirthDate(removed.getBirthDate());
					kept.setReserveDocument(removed.getReserveDocument());
				}
				case "name" -> {
					kept.setFirstName(removed.getFirstName());
					kept.setLastName(removed.getLastName());
				}
				case "gender" -> kept.setGender(removed.getGender());
				case "municipalityCode" -> kept.setMunicipalityCode(removed.getMunicipalityCode());
				case "birthRegion" -> kept.setBirthRegion(removed.getBirthRegion());
				case "educationLevel" -> kept.setEducationLevel(removed.getEducationLevel());
				case "disability" -> kept.setDisability(removed.getDisability());
				case "monthsUnemployed" -> kept.setMonthsUnemployed(removed.getMonthsUnemployed());
				case "swedishLevel" -> kept.setSwedishLevel(removed.getSwedishLevel());
				default -> throw new IllegalArgumentException(field);
			}
		}
		return kept;
	}

	/**
	 * The person as they are once their row is held: another merge may have removed them
	 * while this one waited.
	 */
	private Participant stillThere(UUID id, AccessScope scope) {
		Participant person = this.participants.findById(id)
			.orElseThrow(() -> new RejectedInputException("removedId", "participant.merge.gone"));
		this.management.get(id, scope);
		return person;
	}

	/** Holds both rows, in a fixed order, so that two merges or an enrollment wait. */
	private void lockBoth(MergeForm form) {
		this.jdbc.sql("select id from participant where id in (?, ?) order by id for update")
			.params(form.keptId(), form.removedId())
			.query(UUID.class)
			.list();
	}

	private void moveOwnRows(UUID kept, UUID removed) {
		this.jdbc.sql("update participant_lookup set participant_id = ? where participant_id = ?")
			.params(kept, removed)
			.update();
		this.jdbc
			.sql("delete from participant_sharing where participant_id = ? and organisation_id in"
					+ " (select organisation_id from participant_sharing where participant_id = ?)")
			.params(removed, kept)
			.update();
		this.jdbc.sql("update participant_sharing set participant_id = ? where participant_id = ?")
			.params(kept, removed)
			.update();
		this.jdbc
			.sql("update participant set first_enrolled_on = (select min(first_enrolled_on) from participant"
					+ " where id in (?, ?)) where id = ?")
			.params(kept, removed, kept)
			.update();
		this.jdbc.sql("update participant_merge set kept_id = ? where kept_id = ?").params(kept, removed).update();
	}

	private void record(UUID kept, Participant removed, MergeForm form, int moved, AccessScope scope) {
		this.jdbc
			.sql("insert into participant_merge (id, kept_id, removed_id, removed_number, removed_first_name,"
					+ " removed_last_name, taken_fields, moved_enrollments, merged_by, merged_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), kept, removed.getId(), removed.getPersonalIdentityNumber(),
					removed.getFirstName(), removed.getLastName(),
					String.join(",", MergeForm.FIELDS.stream().filter(form.fromRemoved()::contains).toList()), moved,
					scope.userId(), LocalDateTime.now(this.clock))
			.update();
	}

	private static void requireManager(AccessScope scope) {
		if (!scope.canManageProjects()) {
			throw new AccessDeniedException("Merging persons is for managers");
		}
	}

}
