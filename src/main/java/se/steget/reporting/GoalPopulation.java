package se.steget.reporting;

/**
 * Whom a goal is about: everyone who started, or those who completed the project.
 */
public enum GoalPopulation {

	STARTERS, COMPLETERS

}
