package se.steget.enrollment;

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
import se.steget.project.ProjectManagement;
import se.steget.project.TrackManagement;
import se.steget.project.TrackView;

/**
 * A person's enrollments and their paths. Erasure blanks the free texts (the exit note,
 * intake reasons and notes, reasons for a track change, pause notes) and removes the
 * history of intake corrections; dates, tracks, statuses and exit reasons stay, since
 * every figure counts them.
 */
@Component
@Order(2)
class EnrollmentPersonalData implements PersonalData {

	private static final String ENROLLMENTS = "(" + CaseScope.ofParticipants("people") + ")";

	private final JdbcClient jdbc;

	private final ProjectManagement projects;

	private final TrackManagement tracks;

	EnrollmentPersonalData(JdbcClient jdbc, ProjectManagement projects, TrackManagement tracks) {
		this.jdbc = jdbc;
		this.projects = projects;
		this.tracks = tracks;
	}

	@Override
	public List<PersonalColumn> columns() {
		return List.of(PersonalColumn.erased("enrollment", "exit_note"),
				PersonalColumn.kept("enrollment", "exit_reason"), PersonalColumn.erased("intake_record", "reason"),
				PersonalColumn.erased("intake_record", "note"), PersonalColumn.erased("track_change", "reason"),
				PersonalColumn.erased("pause", "note"), PersonalColumn.kept("pause", "reason"),
				PersonalColumn.erased("enrollment_correction", "exit_note_before"),
				PersonalColumn.erased("enrollment_correction", "exit_note_after"),
				PersonalColumn.erased("enrollment_correction", "reason"),
				PersonalColumn.erased("intake_correction", "changes"),
				PersonalColumn.erased("intake_correction", "reason"));
	}

	@Override
	public Map<String, List<Map<String, Object>>> describe(UUID participantId) {
		Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
		sections.put("enrollments",
				Rows.named(Rows.of(this.jdbc
					.sql("select project_id as project, start_date, status, exit_date, exit_reason, exit_note,"
							+ " participation_percent, planned_end_date from enrollment where participant_id = :people"
							+ " order by start_date")
					.param("people", participantId)), "project", (id) -> this.projects.nameOf(id).orElse(null)));
		sections.put("intake",
				Rows.of(this.jdbc.sql("select recorded_on, outcome, reason, note from intake_record"
						+ " where enrollment_id in " + ENROLLMENTS + " order by recorded_on")
					.param("people", participantId)));
		sections
			.put("trackChanges", Rows.named(
					Rows.of(this.jdbc
						.sql("select to_track_id as track, changed_on, reason from track_change where enrollment_id in "
								+ ENROLLMENTS + " order by changed_on")
						.param("people", participantId)),
					"track", (id) -> this.tracks.track(id).map(TrackView::name).orElse(null)));
		sections
			.put("pauses",
					Rows.of(this.jdbc.sql("select start_date, end_date, reason, note from pause"
							+ " where enrollment_id in " + ENROLLMENTS + " order by start_date")
						.param("people", participantId)));
		sections.put("exitCorrections",
				Rows.of(this.jdbc
					.sql("select kind, exit_date_before, exit_reason_before, exit_note_before, exit_date_after,"
							+ " exit_reason_after, exit_note_after, reason, corrected_at from enrollment_correction"
							+ " where enrollment_id in " + ENROLLMENTS + " order by corrected_at")
					.param("people", participantId)));
		sections.put("intakeCorrections", Rows.of(this.jdbc
			.sql("select kind, changes, changed_at from intake_correction where enrollment_id in " + ENROLLMENTS
					+ " order by changed_at")
			.param("people", participantId)));
		return sections;
	}

	@Override
	public Map<String, Long> disposable(Erasure erasure) {
		return Map.of("notes", Rows.count(this.jdbc,
				"select count(*) from enrollment where participant_id in (:people) and exit_note is not null", erasure)
				+ Rows.count(this.jdbc,
						"select count(*) from intake_record where enrollment_id in " + ENROLLMENTS
								+ " and (reason is not null or note is not null)",
						erasure)
				+ Rows.count(this.jdbc,
						"select count(*) from track_change where enrollment_id in " + ENROLLMENTS
								+ " and reason is not null",
						erasure)
				+ Rows.count(this.jdbc,
						"select count(*) from pause where enrollment_id in " + ENROLLMENTS + " and note is not null",
						erasure)
				+ Rows.count(this.jdbc,
						"select count(*) from enrollment_correction where enrollment_id in " + ENROLLMENTS, erasure)
				+ Rows.count(this.jdbc, "select count(*) from intake_correction where enrollment_id in " + ENROLLMENTS,
						erasure));
	}

	@Override
	public void erase(Erasure erasure) {
		Map<String, Object> params = erasure.params();
		for (String statement : List.of(
				"update intake_record set reason = null, note = null where enrollment_id in " + ENROLLMENTS,
				"update track_change set reason = null where enrollment_id in " + ENROLLMENTS,
				"update pause set note = null where enrollment_id in " + ENROLLMENTS,
				"update enrollment_correction set exit_note_before = null, exit_note_after = null, reason = '-'"
						+ " where enrollment_id in " + ENROLLMENTS,
				"delete from intake_correction where enrollment_id in " + ENROLLMENTS,
				"update enrollment set exit_note = null where participant_id in (:people)")) {
			this.jdbc.sql(statement).params(params).update();
		}
	}

}
