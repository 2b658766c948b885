package se.steget.reporting;

import se.steget.core.GenderCounts;
import se.steget.outcome.OutcomeGroup;

/**
 * One path through the project: from the obstacle at the start, to what the person did
 * upon leaving, to their situation 90 days after; by gender.
 *
 * @param after90Days null while the 90 days have not passed
 */
public record FlowRow(Obstacle obstacle, OutcomeGroup uponLeaving, OutcomeGroup after90Days, GenderCounts counts) {

	/** The days after leaving at which the flow's last step is taken. */
	static final int FOLLOW_UP_DAYS = 90;

}
