package se.steget.reporting;

import java.util.List;

import se.steget.core.GenderTable;
import se.steget.core.ShownCounts;

/**
 * One goal's attainment: in all, by gender, broken down by one dimension, and forecast.
 */
public record GoalResult(Goal goal, String priorityGroupName, GenderTallies byGender, List<BreakdownRow> rows,
		Forecast forecast) {

	public Tally total() {
		return this.byGender.total();
	}

	/**
	 * For a goal on how many start: the number reached by gender as an aggregate shows
	 * it.
	 */
	public ShownCounts shownReached(int threshold) {
		return GenderTable.row(this.byGender.reached(), threshold);
	}

	/**
	 * For a goal on how many start: the breakdown's numbers reached, as parts of the
	 * goal's own, so that no hidden one follows from the goal's row.
	 */
	public List<ShownCounts> shownBreakdown(int threshold) {
		return GenderTable.parts(this.rows.stream().map((row) -> row.tallies().reached()).toList(),
				this.byGender.reached(), threshold);
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
