package se.steget.casework;

import java.time.LocalDateTime;

/**
 * One saved revision of a plan: when, by whom.
 */
public record PlanRevision(int revision, LocalDateTime revisedAt, String revisedBy) {

}
