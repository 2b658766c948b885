package se.steget.project;

import java.util.List;
import java.util.UUID;

/**
 * What a track is: its name and description, its time limits, whether a person may start
 * in it, and the tracks they may move on to.
 */
record TrackDetails(String name, String description, Integer maxDays, Integer minDaysBeforeEntry, boolean firstTrack,
		List<UUID> nextTrackIds) {

	TrackDetails {
		name = name.strip();
		nextTrackIds = List.copyOf(nextTrackIds);
	}

}
