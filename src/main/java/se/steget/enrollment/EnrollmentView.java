package se.steget.enrollment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import se.steget.core.Gender;

/**
 * An enrollment as lists, pages and the API show it; the participant's name is null for a
 * person with protected identity.
 */
public record EnrollmentView(UUID id, UUID participantId, String participantName, boolean protectedIdentity,
		Gender gender, UUID projectId, String projectName, LocalDate startDate, UUID responsibleUserId,
		String responsibleName, EnrollmentStatus status, LocalDate exitDate, ExitReason exitReason, String exitNote) {

	static final String SELECT = "select e.id, e.participant_id,"
			+ " case when p.protected_identity then null else p.first_name || ' ' || p.last_name end as participant_name,"
			+ " p.protected_identity, p.gender, e.project_id, pr.name as project_name, e.start_date,"
			+ " e.responsible_user_id, u.display_name as responsible_name, e.status, e.exit_date, e.exit_reason,"
			+ " e.exit_note from enrollment e join participant p on p.id = e.participant_id"
			+ " join project pr on pr.id = e.project_id left join user_account u on u.id = e.responsible_user_id";

	/** Days from the start to the exit, or to today while the participant takes part. */
	public long daysInProject() {
		LocalDate end = (this.exitDate != null) ? this.exitDate : LocalDate.now(ZoneId.of("Europe/Stockholm"));
		return Math.max(0, ChronoUnit.DAYS.between(this.startDate, end));
	}

}
