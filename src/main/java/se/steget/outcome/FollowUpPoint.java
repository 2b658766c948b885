package se.steget.outcome;

import java.util.UUID;

/**
 * A time after leaving at which the project follows up what a participant does.
 */
public record FollowUpPoint(UUID id, UUID projectId, String name, int daysAfterExit) {

}
