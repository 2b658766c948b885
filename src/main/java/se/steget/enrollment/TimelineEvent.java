package se.steget.enrollment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One thing that happened in an enrollment, for the participant's timeline. Other modules
 * add their events through {@link TimelineSource}.
 *
 * @param detail the track's name, the pause's reason or the activity's title, where there
 * is one
 * @param note the reason or note the user gave
 * @param detailKey the message key that names the detail, where it is a code
 */
public record TimelineEvent(LocalDate date, Kind kind, String projectName, String detail, String note,
		String detailKey) {

	public enum Kind {

		ENROLLED, INTAKE_PASSED, INTAKE_DECLINED, INTAKE_WITHDREW, TRACK_CHANGED, PAUSED, RESUMED, EXITED, CONTACT,
		ACTIVITY, EMPLOYER_CONTACT, PROPOSAL, EXIT_CORRECTED, EXIT_UNDONE

	}

	public TimelineEvent(LocalDate date, Kind kind, String projectName, String detail, String note) {
		this(date, kind, projectName, detail, note, null);
	}

	/**
	 * The enrollment's events.
	 * @param names the names of the project's tracks and intake steps by id
	 */
	static List<TimelineEvent> of(Enrollment enrollment, String project, Map<java.util.UUID, String> names) {
		List<TimelineEvent> events = new ArrayList<>();
		Map<java.util.UUID, String> trackNames = names;
		events.add(new TimelineEvent(enrollment.getStartDate(), Kind.ENROLLED, project, null, null));
		enrollment.getIntakeRecords()
			.forEach((r) -> events.add(new TimelineEvent(r.recordedOn(), Kind.valueOf("INTAKE_" + r.outcome().name()),
					project, names.get(r.stepId()), (r.reason() != null) ? r.reason() : r.note())));
		enrollment.getTrackChanges()
			.forEach((change) -> events.add(new TimelineEvent(change.changedOn(), Kind.TRACK_CHANGED, project,
					trackNames.get(change.toTrackId()), change.reason())));
		enrollment.getPauses().forEach((pause) -> {
			events.add(new TimelineEvent(pause.startDate(), Kind.PAUSED, project, pause.reason().name(), pause.note(),
					"pauseReason." + pause.reason()));
			if (pause.endDate() != null) {
				events.add(new TimelineEvent(pause.endDate(), Kind.RESUMED, project, null, null));
			}
		});
		if (enrollment.getExitDate() != null) {
			events.add(
					new TimelineEvent(enrollment.getExitDate(), Kind.EXITED, project, enrollment.getExitReason().name(),
							enrollment.getExitNote(), "exitReason." + enrollment.getExitReason()));
		}
		return events;
	}

}
