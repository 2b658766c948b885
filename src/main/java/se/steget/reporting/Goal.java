package se.steget.reporting;

import java.util.Set;
import java.util.UUID;

import se.steget.outcome.OutcomeKind;

/**
 * A project's goal as data: a population, what counts, at which time point, and the
 * target.
 *
 * @param priorityGroupId the sub-group of the population the goal is about, or null for
 * all
 * @param outcomeKinds the outcomes that count, for an outcome goal
 * @param daysAfterExit the time point: null upon leaving, otherwise the follow-up point
 */
public record Goal(UUID id, UUID projectId, String name, GoalPopulation population, UUID priorityGroupId,
		GoalMeasure measure, Set<OutcomeKind> outcomeKinds, Integer daysAfterExit, Integer targetPercent,
		Integer targetCount) {

}
