package se.steget.activity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * One thing on a day of the project's calendar: a session, or the start or end of an
 * activity that has no sessions.
 */
public record CalendarEntry(LocalDate happensOn, Moment moment, UUID activityId, ActivityKind kind, String title,
		String topic, LocalTime startsAt) {

	public enum Moment {

		SESSION, STARTS, ENDS

	}

}
