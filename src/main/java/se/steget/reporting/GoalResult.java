package se.steget.reporting;

import java.util.List;

/**
 * One goal's attainment: in all, by gender, broken down by one dimension, and forecast.
 */
public record GoalResult(Goal goal, String priorityGroupName, GenderTallies byGender, List<BreakdownRow> rows,
		Forecast forecast) {

	public Tally total() {
		return this.byGender.total();
	}

	/** Whether the goal is reached so far, for a count or for a share. */
	public boolean onTarget() {
		if (this.goal.measure() == GoalMeasure.STARTED) {
			return this.goal.targetCount() != null && total().reached() >= this.goal.targetCount();
		}
		Integer percent = total().percent();
		return percent != null && this.goal.targetPercent() != null && percent >= this.goal.targetPercent();
	}

}
