package se.steget.casework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.steget.core.Erasure;
import se.steget.core.PersonalColumn;
import se.steget.core.PersonalData;
import se.steget.core.Rows;
import se.steget.enrollment.CaseScope;
import se.steget.project.ScaleManagement;
import se.steget.project.ScaleView;

/**
 * The daily work on a case. Erasure deletes the documents and the action plan with its
 * steps and revisions, blanks the notes of contacts and assessments, and the notes of
 * staff time in expired projects (which may name the people met), and the history of
 * corrections; dates, channels, minutes and scores stay.
 */
@Component
@Order(3)
class CaseworkPersonalData implements PersonalData {

	private static final String ENROLLMENTS = "(" + CaseScope.ofParticipants("people") + ")";

	private final JdbcClient jdbc;

	private final ScaleManagement scales;

	CaseworkPersonalData(JdbcClient jdbc, ScaleManagement scales) {
		this.jdbc = jdbc;
		this.scales = scales;
	}

	@Override
	public List<PersonalColumn> columns() {
		return List.of(PersonalColumn.erased("contact", "note"), PersonalColumn.erased("assessment", "note"),
				PersonalColumn.kept("assessment", "score"), PersonalColumn.erased("action_plan", "work_long_term"),
				PersonalColumn.erased("action_plan", "work_short_term"),
				PersonalColumn.erased("action_plan", "life_long_term"),
				PersonalColumn.erased("action_plan", "life_short_term"),
				PersonalColumn.erased("plan_step", "description"),
				PersonalColumn.erased("action_plan_revision", "snapshot"),
				PersonalColumn.erased("document", "file_name"), PersonalColumn.erased("document", "content"),
				PersonalColumn.erased("staff_time", "note"), PersonalColumn.erased("casework_correction", "changes"),
				PersonalColumn.erased("casework_correction", "reason"));
	}

	@Override
	public Map<String, List<Map<String, Object>>> describe(UUID participantId) {
		Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
		sections.put("contacts", rows("select contacted_at, channel, kind, duration_minutes, note from contact"
				+ " where enrollment_id in " + ENROLLMENTS + " order by contacted_at", participantId));
		sections.put("corrections",
				rows("select record_kind, kind, changes, reason, changed_at from casework_correction"
						+ " where enrollment_id in " + ENROLLMENTS + " order by changed_at", participantId));
		sections.put("actionPlans", rows("select work_long_term, work_short_term, life_long_term, life_short_term,"
				+ " revision from action_plan where enrollment_id in " + ENROLLMENTS, participantId));
		sections.put("planSteps", rows("select area, description, due_date, status, done_by from plan_step"
				+ " where enrollment_id in " + ENROLLMENTS, participantId));
		sections.put("assessments",
				Rows.named(
						rows("select scale_id as scale, assessed_on, score, note from assessment"
								+ " where enrollment_id in " + ENROLLMENTS + " order by assessed_on", participantId),
						"scale", (id) -> this.scales.scale(id).map(ScaleView::name).orElse(null)));
		sections.put("documents", rows("select file_name, content_type, size_bytes, uploaded_at from document"
				+ " where participant_id = :people order by uploaded_at", participantId));
		return sections;
	}

	@Override
	public Map<String, Long> disposable(Erasure erasure) {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("documents",
				Rows.count(this.jdbc, "select count(*) from document where participant_id in (:people)", erasure));
		counts.put("plans", Rows.count(this.jdbc,
				"select count(*) from action_plan where enrollment_id in " + ENROLLMENTS, erasure));
		counts.put("notes", Rows.count(this.jdbc,
				"select count(*) from contact where enrollment_id in " + ENROLLMENTS + " and note is not null", erasure)
				+ Rows.count(this.jdbc,
						"select count(*) from assessment where enrollment_id in " + ENROLLMENTS
								+ " and note is not null",
						erasure)
				+ Rows.count(this.jdbc,
						"select count(*) from casework_correction where enrollment_id in " + ENROLLMENTS, erasure));
		counts.put("staffTimeNotes", Rows.count(this.jdbc,
				"select count(*) from staff_time where project_id in (:projects) and note is not null", erasure));
		return counts;
	}

	@Override
	public void erase(Erasure erasure) {
		Map<String, Object> params = erasure.params();
		for (String statement : List.of("delete from document where participant_id in (:people)",
				"delete from action_plan where enrollment_id in " + ENROLLMENTS,
				"update contact set note = null where enrollment_id in " + ENROLLMENTS,
				"delete from casework_correction where enrollment_id in " + ENROLLMENTS,
				"update assessment set note = null where enrollment_id in " + ENROLLMENTS,
				"update staff_time set note = null where project_id in (:projects) and note is not null")) {
			this.jdbc.sql(statement).params(params).update();
		}
	}

	private List<Map<String, Object>> rows(String sql, UUID participantId) {
		return Rows.of(this.jdbc.sql(sql).param("people", participantId));
	}

}
