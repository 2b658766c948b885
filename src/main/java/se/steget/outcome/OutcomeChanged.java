package se.steget.outcome;

import java.util.UUID;

/**
 * An outcome of the enrollment was recorded or removed.
 */
public record OutcomeChanged(UUID enrollmentId) {

}
