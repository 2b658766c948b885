package se.steget.project;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A track or phase as other modules and pages see it.
 *
 * @param maxDays the most days a participant may spend in the track, or null
 * @param minDaysBeforeEntry the counted days in the project before the track may be
 * entered, or null
 * @param firstTrack whether a participant may start in this track
 * @param nextTrackIds the tracks that may follow this one
 */
public record TrackView(UUID id, UUID projectId, int position, String name, String description, Integer maxDays,
		Integer minDaysBeforeEntry, boolean firstTrack, List<UUID> nextTrackIds, Integer version) {

	public boolean allowsNext(UUID trackId) {
		return this.nextTrackIds.contains(trackId);
	}

	/** The names of the tracks that may follow, in the project's order. */
	public String nextNames(List<TrackView> projectTracks) {
		return projectTracks.stream()
			.filter((t) -> this.nextTrackIds.contains(t.id()))
			.map(TrackView::name)
			.collect(Collectors.joining(", "));
	}

}
