package se.steget.project;

import java.util.UUID;

/**
 * A track that may follow the track it belongs to.
 */
record TrackTransition(UUID toTrackId) {

}
