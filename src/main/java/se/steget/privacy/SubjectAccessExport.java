package se.steget.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessScope;
import se.steget.core.NotFoundException;
import se.steget.participant.ParticipantManagement;

/**
 * Everything Steget holds about one person, for a request of access (a register extract):
 * identity, consent, enrollments and their paths, contacts, plans, assessments,
 * activities and hours, outcomes, the documents' names, and who has looked at the record.
 */
@Service
@Transactional(readOnly = true)
public class SubjectAccessExport {

	private static final String ENROLLMENTS = "(select id from enrollment where participant_id = :person)";

	private static final Map<String, String> SECTIONS = sections();

	private final ParticipantManagement participants;

	private final JdbcClient jdbc;

	SubjectAccessExport(ParticipantManagement participants, JdbcClient jdbc) {
		this.participants = participants;
		this.jdbc = jdbc;
	}

	/** The extract, for a project manager or administrator who may see the person. */
	public Map<String, List<Map<String, Object>>> of(UUID participantId, AccessScope scope) {
		if (!scope.canManageProjects()) {
			throw new NotFoundException("Participant");
		}
		this.participants.get(participantId, scope);
		Map<String, List<Map<String, Object>>> extract = new LinkedHashMap<>();
		SECTIONS.forEach((name, sql) -> extract.put(name,
				this.jdbc.sql(sql)
					.param("person", participantId)
					.query()
					.listOfRows()
					.stream()
					.map(SubjectAccessExport::lowerCase)
					.toList()));
		return extract;
	}

	private static Map<String, Object> lowerCase(Map<String, Object> row) {
		Map<String, Object> named = new LinkedHashMap<>();
		row.forEach((key, value) -> named.put(key.toLowerCase(), value));
		return named;
	}

	private static Map<String, String> sections() {
		Map<String, String> sections = new LinkedHashMap<>();
		sections.put("participant", "select personal_identity_number, first_name, last_name, gender, birth_date,"
				+ " municipality_code, protected_identity, birth_region, education_level, disability, months_unemployed,"
				+ " swedish_level, registered_at, informed_on, registration_consent_on, sharing_consent_on,"
				+ " consent_withdrawn_on, anonymised_on from participant where id = :person");
		sections.put("sharing",
				"select o.name from participant_sharing s join organisation o on o.id = s.organisation_id"
						+ " where s.participant_id = :person");
		sections.put("enrollments", "select pr.name as project, e.start_date, e.status, e.exit_date, e.exit_reason,"
				+ " e.exit_note, e.participation_percent, e.planned_end_date from enrollment e"
				+ " join project pr on pr.id = e.project_id where e.participant_id = :person order by e.start_date");
		sections.put("intake", "select recorded_on, outcome, reason, note from intake_record where enrollment_id in "
				+ ENROLLMENTS + " order by recorded_on");
		sections.put("trackChanges",
				"select t.name as track, c.changed_on, c.reason from track_change c"
						+ " join track t on t.id = c.to_track_id where c.enrollment_id in " + ENROLLMENTS
						+ " order by c.changed_on");
		sections.put("pauses", "select start_date, end_date, reason, note from pause where enrollment_id in "
				+ ENROLLMENTS + " order by start_date");
		sections.put("contacts", "select contacted_at, channel, kind, duration_minutes, note from contact"
				+ " where enrollment_id in " + ENROLLMENTS + " order by contacted_at");
		sections.put("actionPlans", "select work_long_term, work_short_term, life_long_term, life_short_term, revision"
				+ " from action_plan where enrollment_id in " + ENROLLMENTS);
		sections.put("planSteps", "select area, description, due_date, status, done_by from plan_step"
				+ " where enrollment_id in " + ENROLLMENTS);
		sections.put("assessments",
				"select s.name as scale, a.assessed_on, a.score, a.note from assessment a"
						+ " join assessment_scale s on s.id = a.scale_id where a.enrollment_id in " + ENROLLMENTS
						+ " order by a.assessed_on");
		sections.put("activities",
				"select a.kind, a.title, a.start_date, a.end_date, a.employer, m.joined_on"
						+ " from activity_member m join activity a on a.id = m.activity_id where m.enrollment_id in "
						+ ENROLLMENTS + " order by a.start_date");
		sections.put("hours",
				"select a.title as activity, t.attended_on, t.hours from attendance t"
						+ " join activity a on a.id = t.activity_id where t.enrollment_id in " + ENROLLMENTS
						+ " order by t.attended_on");
		sections.put("outcomes",
				"select o.observed_on, o.kind, o.subsidised, o.full_time, o.outside_home_municipality,"
						+ " o.abroad, o.dropout_reason, o.source, o.note, f.name as follow_up from outcome o"
						+ " left join follow_up_point f on f.id = o.follow_up_point_id where o.enrollment_id in "
						+ ENROLLMENTS + " order by o.observed_on");
		sections.put("documents", "select file_name, content_type, size_bytes, uploaded_at from document"
				+ " where participant_id = :person order by uploaded_at");
		sections.put("accessLog", "select at, username, action, route, purpose from audit_entry"
				+ " where participant_id = :person order by seq");
		return sections;
	}

}
