package se.steget.enrollment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The time counters of an enrollment on one day.
 *
 * @param daysInProject calendar days since the start
 * @param countedDays days that count towards the programme's limits: without pauses where
 * the project's rules say pauses stop the counters
 * @param daysInTrack counted days in the current track, or null without a track
 */
public record TimeCounters(long daysInProject, long countedDays, Long daysInTrack) {

	/**
	 * Computes the counters from what the enrollment row keeps: the closed pauses' days
	 * in the project and in the current track, and the start of a pause that goes on.
	 */
	static TimeCounters of(LocalDate start, LocalDate exit, LocalDate trackSince, int pausedDays, int trackPausedDays,
			LocalDate pausedSince, boolean pausesStop, LocalDate today) {
		LocalDate end = (exit != null) ? exit : today;
		long inProject = days(start, end);
		long counted = pausesStop ? inProject - pausedDays - ongoing(pausedSince, start, end) : inProject;
		Long inTrack = null;
		if (trackSince != null) {
			long calendar = days(trackSince, end);
			inTrack = pausesStop ? calendar - trackPausedDays - ongoing(pausedSince, trackSince, end) : calendar;
		}
		return new TimeCounters(inProject, Math.max(0, counted), (inTrack == null) ? null : Math.max(0, inTrack));
	}

	private static long ongoing(LocalDate pausedSince, LocalDate from, LocalDate end) {
		if (pausedSince == null) {
			return 0;
		}
		return days(pausedSince.isAfter(from) ? pausedSince : from, end);
	}

	private static long days(LocalDate from, LocalDate to) {
		return Math.max(0, ChronoUnit.DAYS.between(from, to));
	}

}
