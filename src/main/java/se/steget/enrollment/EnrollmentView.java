package se.steget.enrollment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import se.steget.core.Gender;

/**
 * An enrollment as lists, pages and the API show it, with its track and time counters;
 * the participant's name is null for a person with protected identity.
 */
public record EnrollmentView(UUID id, UUID participantId, String participantName, boolean protectedIdentity,
		Gender gender, UUID projectId, String projectName, LocalDate startDate, UUID responsibleUserId,
		String responsibleName, EnrollmentStatus status, LocalDate exitDate, ExitReason exitReason, String exitNote,
		UUID trackId, String trackName, Integer trackMaxDays, LocalDate trackSince, int participationPercent,
		LocalDate plannedEndDate, int pausedDays, int trackPausedDays, LocalDate pausedSince,
		boolean pausesStopCounters, int warningDays, LocalDate lastContactOn, int contactNormDays, Integer version) {

	static final String SELECT = "select e.id, e.participant_id,"
			+ " case when p.protected_identity then null else p.first_name || ' ' || p.last_name end as participant_name,"
			+ " p.protected_identity, p.gender, e.project_id, pr.name as project_name, e.start_date,"
			+ " e.responsible_user_id, u.display_name as responsible_name, e.status, e.exit_date, e.exit_reason,"
			+ " e.exit_note, e.track_id, t.name as track_name, t.max_days as track_max_days, e.track_since,"
			+ " e.participation_percent, e.planned_end_date, e.paused_days, e.track_paused_days, e.paused_since,"
			+ " pr.pauses_stop_counters, pr.warning_days, e.last_contact_on, pr.contact_norm_days, e.version"
			+ " from enrollment e join participant p on p.id = e.participant_id"
			+ " join project pr on pr.id = e.project_id left join user_account u on u.id = e.responsible_user_id"
			+ " left join track t on t.id = e.track_id";

	public TimeCounters counters() {
		return TimeCounters.of(this.startDate, this.exitDate, this.trackSince, this.pausedDays, this.trackPausedDays,
				this.pausedSince, this.pausesStopCounters, LocalDate.now(ZoneId.of("Europe/Stockholm")));
	}

	/**
	 * Calendar days from the start to the exit, or to today while the participant takes
	 * part.
	 */
	public long daysInProject() {
		return counters().daysInProject();
	}

	public LimitState limit() {
		return (this.status == EnrollmentStatus.EXITED) ? LimitState.NONE
				: LimitState.of(counters().daysInTrack(), this.trackMaxDays, this.warningDays);
	}

	/** Days left in the current track before its limit; negative once past it. */
	public Long daysLeft() {
		Long inTrack = counters().daysInTrack();
		return (inTrack == null || this.trackMaxDays == null) ? null : this.trackMaxDays - inTrack;
	}

	/** Days since the latest contact, or since the start when there has been none. */
	public long daysSinceContact() {
		LocalDate since = (this.lastContactOn != null) ? this.lastContactOn : this.startDate;
		return Math.max(0, ChronoUnit.DAYS.between(since, LocalDate.now(ZoneId.of("Europe/Stockholm"))));
	}

	/**
	 * Whether an ongoing case has gone longer without contact than the project's norm.
	 */
	public boolean contactOverdue() {
		return this.status != EnrollmentStatus.EXITED && this.pausedSince == null
				&& daysSinceContact() > this.contactNormDays;
	}

	public boolean paused() {
		return this.pausedSince != null;
	}

}
