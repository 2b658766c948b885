package se.steget.reporting;

/**
 * What a goal counts: how many start, the share who complete, or the share in one of the
 * outcomes at a time point.
 */
public enum GoalMeasure {

	STARTED, COMPLETED, OUTCOME

}
