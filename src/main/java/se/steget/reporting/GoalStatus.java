package se.steget.reporting;

/**
 * Where one person stands on one goal.
 */
enum GoalStatus {

	/** Not in the goal's population or sub-group. */
	OUTSIDE,

	/** The time point has not come yet. */
	PENDING, REACHED, NOT_REACHED,

	/** The time point has passed and no outcome was recorded. */
	UNKNOWN

}
