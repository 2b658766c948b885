package se.steget.reporting;

import java.util.List;
import java.util.UUID;

/**
 * A project's part of the goal report: each goal's result and what those who left did.
 */
public record ProjectGoals(UUID projectId, String projectName, List<GoalResult> goals, ExitDistribution exits) {

}
