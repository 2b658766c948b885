package se.steget.reporting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.steget.enrollment.EnrollmentChanged;
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

	private static final String FACT_COLUMNS = "enrollment_id, project_id, gender, obstacle, municipality_code,"
			+ " leaver, upon_leaving";

	private final JdbcClient jdbc;

	/**
	 * A savepoint around making a summary row: on PostgreSQL a failed statement spoils
	 * the rest of its transaction unless it is rolled back to a savepoint.
	 */
	private final TransactionTemplate savepoint;

	StarterFacts(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	@EventListener
	void on(EnrollmentChanged event) {
		refresh(event.enrollmentId());
	}

	@EventListener
	void on(OutcomeChanged event) {
		refresh(event.enrollmentId());
	}

	@EventListener
	void on(ParticipantChanged event) {
		this.jdbc.sql("select id from enrollment where participant_id = ?")
			.param(event.participantId())
			.query(UUID.class)
			.list()
			.forEach(this::refresh);
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
			this.jdbc.sql("insert into starter_fact (" + FACT_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")
				.params(fact.enrollmentId(), fact.projectId(), fact.gender(), fact.obstacle(), fact.municipalityCode(),
						fact.leaver(), fact.uponLeaving())
				.update();
		});
	}

	/**
	 * Adds the fact to its summary row, or takes it away; makes the row when it is new.
	 */
	private void count(Fact fact, int sign) {
		Object[] params = { sign, fact.leaver() ? sign : 0, "WORK".equals(fact.uponLeaving()) ? sign : 0,
				"STUDIES".equals(fact.uponLeaving()) ? sign : 0, fact.projectId(), fact.gender(), fact.obstacle(),
				fact.municipalityCode() };
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
	}

}
