package se.steget.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import se.steget.access.AccessScope;
import se.steget.activity.ActivityKind;
import se.steget.activity.ActivityManagement;
import se.steget.access.Role;
import se.steget.casework.AssessmentManagement;
import se.steget.casework.Progression;
import se.steget.core.Csv;
import se.steget.core.Gender;
import se.steget.core.GenderCounts;
import se.steget.core.NotFoundException;
import se.steget.outcome.Observation;
import se.steget.outcome.OutcomeKind;
import se.steget.outcome.OutcomeManagement;
import se.steget.outcome.OutcomeRules;

/**
 * A project's enrollments as the evaluator gets them: one row each, pseudonymised, with
 * the situation at the start, the time in the project, the hours and the outcomes.
 */
@Service
class PseudonymisedExtract {

	private static final String SELECT = "select e.id, e.participant_id, p.gender, p.birth_date,"
			+ " p.protected_identity, p.municipality_code, p.birth_region, p.education_level, p.disability,"
			+ " p.months_unemployed, p.swedish_level, e.start_date, e.exit_date, e.status, e.exit_reason,"
			+ " t.name as track_name, (select coalesce(sum(a.hours), 0) from attendance a"
			+ " where a.enrollment_id = e.id) as hours from enrollment e join participant p on p.id = e.participant_id"
			+ " left join track t on t.id = e.track_id where e.project_id = ?";

	/** The columns of the assessments file, in order. */
	static final List<String> ASSESSMENT_COLUMNS = List.of("pseudonym", "start_month", "scale", "first_score",
			"first_month", "latest_score", "latest_month", "steps");

	private final JdbcClient jdbc;

	private final Pseudonyms pseudonyms;

	private final OutcomeManagement outcomes;

	private final Clock clock;

	private final ActivityManagement activities;

	private final AssessmentManagement assessments;

	PseudonymisedExtract(JdbcClient jdbc, Pseudonyms pseudonyms, OutcomeManagement outcomes,
			ActivityManagement activities, AssessmentManagement assessments, Clock clock) {
		this.jdbc = jdbc;
		this.activities = activities;
		this.assessments = assessments;
		this.pseudonyms = pseudonyms;
		this.outcomes = outcomes;
		this.clock = clock;
	}

	/** The extract's rows, by pseudonym; only for an evaluator of the project. */
	List<ExtractRow> rows(UUID projectId, AccessScope scope) {
		check(projectId, scope);
		return rowsOf(projectId);
	}

	/** The rows of the project, for a page that has checked who may see what of them. */
	List<ExtractRow> rowsOf(UUID projectId) {
		Pseudonyms.Pseudonymiser pseudonymiser = this.pseudonyms.pseudonymiser();
		Map<UUID, List<Observation>> observations = this.outcomes.observations(projectId);
		LocalDate today = LocalDate.now(this.clock);
		Map<UUID, Map<ActivityKind, Integer>> activities = this.activities.takenPartIn(projectId);
		return this.jdbc.sql(SELECT)
			.param(projectId)
			.query((rs, n) -> row(rs, pseudonymiser, observations, today,
					activities.getOrDefault(rs.getObject("id", UUID.class), Map.of())))
			.list()
			.stream()
			.sorted(Comparator.comparing(ExtractRow::pseudonym))
			.toList();
	}

	/**
	 * Each stay's progression on each of the project's assessment scales, one row per
	 * stay and scale: the first and the latest score with their months, and the steps
	 * between them (positive is progress, whichever way the scale runs).
	 */
	public String assessmentsCsv(UUID projectId, AccessScope scope) {
		check(projectId, scope);
		Pseudonyms.Pseudonymiser pseudonymiser = this.pseudonyms.pseudonymiser();
		Map<UUID, List<Progression>> progressions = this.assessments.progressionsOf(projectId);
		List<List<Object>> rows = new ArrayList<>();
		this.jdbc.sql("select id, participant_id, start_date from enrollment where project_id = ?")
			.param(projectId)
			.query((rs, n) -> {
				String pseudonym = pseudonymiser.of(rs.getObject("participant_id", UUID.class));
				String start = YearMonth.from(rs.getObject("start_date", LocalDate.class)).toString();
				for (Progression p : progressions.getOrDefault(rs.getObject("id", UUID.class), List.of())) {
					rows.add(List.of(pseudonym, start, p.scale().name(), p.first().score(),
							YearMonth.from(p.first().assessedOn()).toString(), p.latest().score(),
							YearMonth.from(p.latest().assessedOn()).toString(), p.steps()));
				}
				return null;
			})
			.list();
		rows.sort(Comparator.comparing((List<Object> row) -> (String) row.get(0))
			.thenComparing((row) -> (String) row.get(1))
			.thenComparing((row) -> (String) row.get(2)));
		return Csv.of(ASSESSMENT_COLUMNS, rows);
	}

	/** The extract as a CSV file. */
	public String csv(UUID projectId, AccessScope scope) {
		return Csv.of(ExtractRow.COLUMNS, rows(projectId, scope).stream().map(ExtractRow::values).toList());
	}

	/**
	 * How many rows each of the evaluator's projects' extracts has, by gender, in one
	 * query.
	 */
	public Map<UUID, GenderCounts> sizes(AccessScope scope) {
		if (scope.role() != Role.EVALUATOR) {
			throw new NotFoundException("Project");
		}
		Map<UUID, GenderCounts> sizes = new HashMap<>();
		this.jdbc.sql(
				"select e.project_id, p.gender, count(*) from enrollment e join participant p on p.id = e.participant_id"
						+ " where e.project_id in (:projects) group by e.project_id, p.gender")
			.param("projects", scope.projectFilter())
			.query((rs, n) -> sizes.merge(rs.getObject(1, UUID.class),
					GenderCounts.ZERO.plus(Gender.valueOf(rs.getString(2)), rs.getLong(3)), GenderCounts::plus))
			.list();
		return sizes;
	}

	private static void check(UUID projectId, AccessScope scope) {
		if (scope.role() != Role.EVALUATOR || !scope.canSeeProject(projectId)) {
			throw new NotFoundException("Project");
		}
	}

	private ExtractRow row(ResultSet rs, Pseudonyms.Pseudonymiser pseudonymiser,
			Map<UUID, List<Observation>> observations, LocalDate today, Map<ActivityKind, Integer> activities)
			throws SQLException {
		LocalDate birth = rs.getObject("birth_date", LocalDate.class);
		LocalDate start = rs.getObject("start_date", LocalDate.class);
		LocalDate exit = rs.getObject("exit_date", LocalDate.class);
		List<Observation> seen = observations.getOrDefault(rs.getObject("id", UUID.class), List.of());
		boolean hidden = rs.getBoolean("protected_identity");
		return new ExtractRow(pseudonymiser.of(rs.getObject("participant_id", UUID.class)), rs.getString("gender"),
				(birth != null) ? birth.getYear() : null,
				(birth != null) ? Period.between(birth, start).getYears() : null,
				hidden ? null : rs.getString("municipality_code"), rs.getString("birth_region"),
				rs.getString("education_level"), (Boolean) rs.getObject("disability"),
				(Integer) rs.getObject("months_unemployed"), rs.getString("swedish_level"),
				YearMonth.from(start).toString(), (exit != null) ? YearMonth.from(exit).toString() : null,
				ChronoUnit.DAYS.between(start, (exit != null) ? exit : today) + 1, rs.getString("status"),
				rs.getString("exit_reason"), rs.getString("track_name"), rs.getBigDecimal("hours"),
				(exit != null) ? name(OutcomeRules.uponLeaving(exit, seen).orElse(null)) : null,
				name(OutcomeRules.atFollowUp(90, seen).orElse(null)),
				name(OutcomeRules.atFollowUp(182, seen).orElse(null)),
				name(OutcomeRules.atFollowUp(365, seen).orElse(null)), activities);
	}

	private static String name(OutcomeKind kind) {
		return (kind != null) ? kind.name() : null;
	}

}
