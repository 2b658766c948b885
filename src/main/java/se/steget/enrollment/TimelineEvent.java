package se.steget.enrollment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One thing that happened in an enrollment, for the participant's timeline.
 *
 * @param detail the track's name or the pause's reason, where there is one
 * @param note the reason or note the user gave
 */
public record TimelineEvent(LocalDate date, Kind kind, String projectName, String detail, String note) {

	public enum Kind {

		ENROLLED, TRACK_CHANGED, PAUSED, RESUMED, EXITED

	}

	static List<TimelineEvent> of(Enrollment enrollment, String project, Map<java.util.UUID, String> trackNames) {
		List<TimelineEvent> events = new ArrayList<>();
		events.add(new TimelineEvent(enrollment.getStartDate(), Kind.ENROLLED, project, null, null));
		enrollment.getTrackChanges()
			.forEach((change) -> events.add(new TimelineEvent(change.changedOn(), Kind.TRACK_CHANGED, project,
					trackNames.get(change.toTrackId()), change.reason())));
		enrollment.getPauses().forEach((pause) -> {
			events.add(new TimelineEvent(pause.startDate(), Kind.PAUSED, project, pause.reason().name(), pause.note()));
			if (pause.endDate() != null) {
				events.add(new TimelineEvent(pause.endDate(), Kind.RESUMED, project, null, null));
			}
		});
		if (enrollment.getExitDate() != null) {
			events.add(new TimelineEvent(enrollment.getExitDate(), Kind.EXITED, project,
					enrollment.getExitReason().name(), enrollment.getExitNote()));
		}
		return events;
	}

}
