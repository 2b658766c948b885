package se.steget.enrollment;

import se.steget.project.TrackView;

/**
 * What the project's configuration says of one move into a track.
 *
 * @param to the track to move into
 * @param allowed whether the configuration allows the move from the current track
 * @param pausesStopCounters whether pauses stop the project's counters
 */
record TrackRules(TrackView to, boolean allowed, boolean pausesStopCounters) {

}
