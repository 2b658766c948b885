package se.steget.enrollment;

import se.steget.project.TrackView;

/**
 * What the project's configuration says of one move into a track.
 *
 * @param to the track to move into
 * @param allowed whether the configuration allows the move from the current track
 * @param pausesStopCounters whether pauses stop the project's counters
 * @param intakeSteps how many intake steps the project has
 */
record TrackRules(TrackView to, boolean allowed, boolean pausesStopCounters, int intakeSteps) {

}
