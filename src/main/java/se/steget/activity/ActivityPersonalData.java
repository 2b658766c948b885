package se.steget.activity;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.steget.core.Erasure;
import se.steget.core.PersonalColumn;
import se.steget.core.PersonalData;
import se.steget.core.Rows;
import se.steget.enrollment.CaseScope;

/**
 * A person's activities and hours. An internship, work trial or specialist appointment is
 * for one person, so its goals, result note and supervisor are about them: erasure blanks
 * those (its follow-up visits are employer contacts, under the employer module's
 * contract), and removes the history of corrections of their hours and of their own
 * activities. Memberships, results and hours stay, since the figures count them.
 */
@Component
@Order(4)
class ActivityPersonalData implements PersonalData {

	private static final String ENROLLMENTS = "(" + CaseScope.ofParticipants("people") + ")";

	/** The one-person activities the people took part in. */
	private static final String THEIR_OWN = "(select m.activity_id from activity_member m join activity a"
			+ " on a.id = m.activity_id where a.kind in (" + onePersonKinds() + ") and m.enrollment_id in "
			+ ENROLLMENTS + ")";

	/**
	 * The corrections in the people's cases, and of the one-person activities they had.
	 */
	private static final String CORRECTIONS = "(enrollment_id in " + ENROLLMENTS + " or (enrollment_id is null"
			+ " and record_id in " + THEIR_OWN + "))";

	private final JdbcClient jdbc;

	ActivityPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<PersonalColumn> columns() {
		return List.of(PersonalColumn.erased("activity", "goals"), PersonalColumn.erased("activity", "result_note"),
				PersonalColumn.erased("activity", "supervisor_id"), PersonalColumn.kept("activity", "result"),
				PersonalColumn.kept("activity_member", "enrollment_id"), PersonalColumn.kept("attendance", "hours"),
				PersonalColumn.erased("activity_correction", "changes"),
				PersonalColumn.erased("activity_correction", "reason"));
	}

	@Override
	public Map<String, List<Map<String, Object>>> describe(UUID participantId) {
		Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
		sections.put("activities",
				rows("select a.kind, a.title, a.start_date, a.end_date, a.employer_id, a.supervisor_id,"
						+ " a.goals, a.result, a.result_note, m.joined_on from activity_member m join activity a"
						+ " on a.id = m.activity_id where m.enrollment_id in " + ENROLLMENTS + " order by a.start_date",
						participantId));
		sections.put("hours",
				rows("select a.title as activity, t.attended_on, t.hours from attendance t"
						+ " join activity a on a.id = t.activity_id where t.enrollment_id in " + ENROLLMENTS
						+ " order by t.attended_on", participantId));
		sections.put("activityCorrections", rows("select record_kind, kind, changes, changed_at"
				+ " from activity_correction where " + CORRECTIONS + " order by changed_at", participantId));
		return sections;
	}

	@Override
	public Map<String, Long> disposable(Erasure erasure) {
		return Map.of("notes", Rows.count(this.jdbc,
				"select count(*) from activity where id in " + THEIR_OWN
						+ " and (goals is not null or result_note is not null or supervisor_id is not null)",
				erasure)
				+ Rows.count(this.jdbc, "select count(*) from activity_correction where " + CORRECTIONS, erasure));
	}

	@Override
	public void erase(Erasure erasure) {
		Map<String, Object> params = erasure.params();
		this.jdbc.sql("delete from activity_correction where " + CORRECTIONS).params(params).update();
		this.jdbc
			.sql("update activity set goals = null, result_note = null, supervisor_id = null where id in " + THEIR_OWN)
			.params(params)
			.update();
	}

	private static String onePersonKinds() {
		return Arrays.stream(ActivityKind.values())
			.filter(ActivityKind::forOnePerson)
			.map((kind) -> "'" + kind.name() + "'")
			.collect(Collectors.joining(", "));
	}

	private List<Map<String, Object>> rows(String sql, UUID participantId) {
		return Rows.of(this.jdbc.sql(sql).param("people", participantId));
	}

}
