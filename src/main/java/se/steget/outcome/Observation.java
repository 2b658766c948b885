package se.steget.outcome;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An outcome as the rules see it: what, when it was observed, and at which follow-up
 * point (days after the exit; null upon leaving).
 */
public record Observation(Integer daysAfterExit, LocalDate observedOn, LocalDateTime recordedAt, OutcomeKind kind) {

}
