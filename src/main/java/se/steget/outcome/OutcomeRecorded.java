package se.steget.outcome;

import java.util.UUID;

/** An outcome was recorded for an enrollment, published in the recording transaction. */
public record OutcomeRecorded(UUID outcomeId, UUID enrollmentId, UUID projectId) {

}
