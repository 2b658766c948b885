package se.steget.activity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A participant's enrollment taking part in an activity.
 */
record ActivityMember(UUID enrollmentId, LocalDate joinedOn) {

}
