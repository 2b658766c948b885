package se.steget.reporting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.steget.enrollment.EnrollmentChanged;
import se.steget.enrollment.EnrollmentsRemoved;
import se.steget.outcome.OutcomeChanged;
import se.steget.outcome.OutcomeGroup;
import se.steget.outcome.OutcomeRules;
import se.steget.participant.ParticipantChanged;

/**
 * Keeps the goal report's counts current as the cases change, so that the report reads a
 * few thousand summary rows instead of every enrollment and outcome in the country.
 * <p>
 * Each starter has one fact row: project, gender, obstacle, home municipality
 * ({@link OutcomeCube#NOT_SHOWN} for a protected identity, whose municipality no count
 * may reveal), whether they left and where they went upon leaving. When an enrollment,
 * its participant or one of its outcomes is saved, the fact is computed again in the same
 * transaction, and the difference goes into the summary's counts.
 */
@Component
public class StarterFacts {

	/** The facts of the enrollments that match a condition on {@code e} or {@code p}. */
	static String facts(String condition) {
		return "select e.id as enrollment_id, e.project_id, p.gender, " + OutcomeCube.OBSTACLE + " as obstacle,"
				+ " case when p.protected_identity then '" + OutcomeCube.NOT_SHOWN + "' else p.municipality_code end"
				+ " as municipality_code," + " case when e.exit_date is null then false else true end as leaver,"
				+ " (select case when o.kind in (" + OutcomeCube.kinds(OutcomeGroup.WORK)
				+ ") then 'WORK' when o.kind in (" + OutcomeCube.kinds(OutcomeGroup.STUDIES)
				+ ") then 'STUDIES' else 'OTHER' end from outcome o"
				+ " where o.enrollment_id = e.id and o.observed_on >= e.exit_date and o.observed_on <= e.exit_date + "
				+ OutcomeRules.UPON_LEAVING_DAYS
				+ " order by o.observed_on desc, o.recorded_at desc, o.id desc limit 1)"
				+ " as upon_leaving from enrollment e join participant p on p.id = e.participant_id where "
				+ OutcomeCube.STARTERS + " and " + condition;
	}

	/**
	 * Computes every fact and count from the cases: after a bulk load, and once at
	 * migration.
	 */
	public static final List<String> REBUILD = List.of("delete from outcome_summary", "delete from starter_fact",
			"insert into starter_fact (enrollment_id, project_id, gender, obstacle, municipality_code, leaver,"
					+ " upon_leaving) " + facts("1 = 1"),
			"insert into outcome_summary (project_id, gender, obstacle, municipality_code, starters, leavers, to_work,"
					+ " to_studies) select project_id, gender, obstacle, municipality_code, count(*),"
					+ " sum(case when leaver then 1 else 0 end), sum(case when upon_leaving = 'WORK' then 1 else 0 end),"
					+ " sum(case when upon_leaving = 'STUDIES' then 1 else 0 end) from starter_fact"
					+ " group by project_id, gender, obstacle, municipality_code");

	private static final int BATCH = 500;

	private static final String FACT_COLUMNS = "enrollment_id, project_id, gender, obstacle, municipality_code,"
			+ " leaver, upon_leaving";

	private static final String INSERT = "insert into starter_fact (" + FACT_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)";

	private final JdbcClient jdbc;

	/**
	 * A savepoint around making a summary row: on PostgreSQL a failed statement spoils
	 * the rest of its transaction unless it is rolled back to a savepoint.
	 */
	private final TransactionTemplate savepoint;

	/** For writing the facts of many cases in one batch. */
	private final JdbcTemplate batch;

	StarterFacts(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	@EventListener
	void on(EnrollmentChanged event) {
		changed(event.enrollmentId());
	}

	/**
	 * Lets go of cases about to be removed: their facts and what they added to the
	 * counts.
	 */
	@EventListener
	void on(EnrollmentsRemoved event) {
		refreshAll(event.enrollmentIds(), true);
	}

	@EventListener
	void on(OutcomeChanged event) {
		changed(event.enrollmentId());
	}

	@EventListener
	void on(ParticipantChanged event) {
		Deferred deferred = deferred();
		if (deferred != null) {
			deferred.people().add(event.participantId());
		}
		else {
			enrollmentsOf(List.of(event.participantId())).forEach(this::refresh);
		}
	}

	/** The cases and people changed by work whose counts are kept at its end. */
	private record Deferred(Set<UUID> enrollments, Set<UUID> people) {
	}

	private List<UUID> enrollmentsOf(Collection<UUID> people) {
		return this.jdbc.sql("select id from enrollment where participant_id in (:people)")
			.param("people", people)
			.query(UUID.class)
			.list();
	}

	/**
	 * Runs work that changes many cases in the caller's transaction, such as an import,
	 * and keeps the counts of the cases it changed once, at its end, instead of after
	 * each case. On PostgreSQL every change of a summary row is a new version of it, and
	 * the versions an open transaction makes cannot be cleared away, so changing the same
	 * few rows a hundred thousand times in one transaction made each change slower than
	 * the one before. The facts are computed from the cases as they are at the end, so a
	 * case whose savepoint was rolled back counts as it was.
	 */
	public <T> T keptAfter(Supplier<T> work) {
		var deferred = new Deferred(new LinkedHashSet<>(), new LinkedHashSet<>());
		TransactionSynchronizationManager.bindResource(this, deferred);
		T result;
		try {
			result = work.get();
		}
		finally {
			TransactionSynchronizationManager.unbindResource(this);
		}
		List<UUID> people = List.copyOf(deferred.people());
		for (int from = 0; from < people.size(); from += BATCH) {
			deferred.enrollments().addAll(enrollmentsOf(people.subList(from, Math.min(people.size(), from + BATCH))));
		}
		refreshAll(deferred.enrollments());
		return result;
	}

	private Deferred deferred() {
		return (Deferred) TransactionSynchronizationManager.getResource(this);
	}

	private void changed(UUID enrollmentId) {
		Deferred deferred = deferred();
		if (deferred != null) {
			deferred.enrollments().add(enrollmentId);
		}
		else {
			refresh(enrollmentId);
		}
	}

	/**
	 * Computes the facts of many enrollments again, a batch at a time, and moves each
	 * summary row once by the sum of their differences.
	 */
	private void refreshAll(Collection<UUID> enrollmentIds) {
		refreshAll(enrollmentIds, false);
	}

	private void refreshAll(Collection<UUID> enrollmentIds, boolean removed) {
		Map<List<Object>, int[]> moves = new LinkedHashMap<>();
		List<UUID> ids = List.copyOf(enrollmentIds);
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			Map<UUID, Fact> before = byEnrollment(
					this.jdbc.sql("select " + FACT_COLUMNS + " from starter_fact where enrollment_id in (:ids)")
						.param("ids", batch)
						.query(Fact.class)
						.list());
			Map<UUID, Fact> after = removed ? Map.of()
					: byEnrollment(this.jdbc.sql(facts("e.id in (:ids)")).param("ids", batch).query(Fact.class).list());
			List<UUID> different = batch.stream()
				.filter((id) -> !Objects.equals(before.get(id), after.get(id)))
				.toList();
			if (different.isEmpty()) {
				continue;
			}
			this.jdbc.sql("delete from starter_fact where enrollment_id in (:ids)").param("ids", different).update();
			List<Fact> inserted = new ArrayList<>();
			for (UUID id : different) {
				Optional.ofNullable(before.get(id)).ifPresent((fact) -> move(moves, fact, -1));
				Optional.ofNullable(after.get(id)).ifPresent((fact) -> {
					move(moves, fact, 1);
					inserted.add(fact);
				});
			}
			this.batch.batchUpdate(INSERT, inserted.stream().map(Fact::values).toList());
		}
		moves.forEach((key, counts) -> count(key.toArray(), counts));
	}

	private static Map<UUID, Fact> byEnrollment(List<Fact> facts) {
		Map<UUID, Fact> byId = new HashMap<>();
		facts.forEach((fact) -> byId.put(fact.enrollmentId(), fact));
		return byId;
	}

	private static void move(Map<List<Object>, int[]> moves, Fact fact, int sign) {
		int[] counts = moves.computeIfAbsent(
				java.util.Arrays.asList(fact.projectId(), fact.gender(), fact.obstacle(), fact.municipalityCode()),
				(key) -> new int[4]);
		int[] by = delta(fact, sign);
		for (int i = 0; i < counts.length; i++) {
			counts[i] += by[i];
		}
	}

	@Transactional
	public void rebuild() {
		REBUILD.forEach((statement) -> this.jdbc.sql(statement).update());
	}

	/** Computes the enrollment's fact again and moves the counts by the difference. */
	void refresh(UUID enrollmentId) {
		Optional<Fact> before = this.jdbc.sql("select " + FACT_COLUMNS + " from starter_fact where enrollment_id = ?")
			.param(enrollmentId)
			.query(Fact.class)
			.optional();
		Optional<Fact> after = this.jdbc.sql(facts("e.id = :id"))
			.param("id", enrollmentId)
			.query(Fact.class)
			.optional();
		if (before.equals(after)) {
			return;
		}
		before.ifPresent((fact) -> {
			count(fact, -1);
			this.jdbc.sql("delete from starter_fact where enrollment_id = ?").param(enrollmentId).update();
		});
		after.ifPresent((fact) -> {
			count(fact, 1);
			insert(fact);
		});
	}

	private void insert(Fact fact) {
		this.jdbc.sql(INSERT).params(fact.values()).update();
	}

	/**
	 * What the fact adds to its summary row's starters, leavers, to work and to studies.
	 */
	private static int[] delta(Fact fact, int sign) {
		return new int[] { sign, fact.leaver() ? sign : 0, "WORK".equals(fact.uponLeaving()) ? sign : 0,
				"STUDIES".equals(fact.uponLeaving()) ? sign : 0 };
	}

	/**
	 * Adds the fact to its summary row, or takes it away; makes the row when it is new.
	 */
	private void count(Fact fact, int sign) {
		count(new Object[] { fact.projectId(), fact.gender(), fact.obstacle(), fact.municipalityCode() },
				delta(fact, sign));
	}

	/**
	 * Moves the summary row of the key (project, gender, obstacle, municipality) by the
	 * counts; makes the row when it is new.
	 */
	private void count(Object[] key, int[] by) {
		Object[] params = { by[0], by[1], by[2], by[3], key[0], key[1], key[2], key[3] };
		String update = "update outcome_summary set starters = starters + ?, leavers = leavers + ?,"
				+ " to_work = to_work + ?, to_studies = to_studies + ? where project_id = ? and gender = ?"
				+ " and obstacle = ? and municipality_code = ?";
		if (this.jdbc.sql(update).params(params).update() > 0) {
			return;
		}
		try {
			this.savepoint.executeWithoutResult((status) -> this.jdbc.sql(
					"insert into outcome_summary (starters, leavers, to_work, to_studies, project_id, gender, obstacle,"
							+ " municipality_code) values (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(params)
				.update());
		}
		catch (DuplicateKeyException ex) {
			// Another transaction made the row first: add to it.
			this.jdbc.sql(update).params(params).update();
		}
	}

	/** One starter as the summary counts them. */
	record Fact(UUID enrollmentId, UUID projectId, String gender, String obstacle, String municipalityCode,
			boolean leaver, String uponLeaving) {

		Object[] values() {
			return new Object[] { this.enrollmentId, this.projectId, this.gender, this.obstacle, this.municipalityCode,
					this.leaver, this.uponLeaving };
		}

	}

}
