package se.steget.outcome;

/**
 * The coarse grouping of outcomes that the projects report on: work, studies, or other.
 */
public enum OutcomeGroup {

	WORK, STUDIES, OTHER, UNKNOWN

}
