package se.steget.reporting;

import java.util.List;
import java.util.UUID;

/**
 * A project's part of the goal report: each goal's result, what those who left did, and
 * their paths from the obstacle at the start to 90 days after leaving.
 */
public record ProjectGoals(UUID projectId, String projectName, List<GoalResult> goals, ExitDistribution exits,
		List<FlowRow> flow) {

}
