package se.steget.enrollment;

/**
 * Where a participant stands against the current track's maximum days.
 */
public enum LimitState {

	NONE, NEAR, PAST;

	static LimitState of(Long daysInTrack, Integer maxDays, int warningDays) {
		if (daysInTrack == null || maxDays == null) {
			return NONE;
		}
		if (daysInTrack > maxDays) {
			return PAST;
		}
		return (maxDays - daysInTrack <= warningDays) ? NEAR : NONE;
	}

}
