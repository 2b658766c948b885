package se.steget.reporting;

import se.steget.core.Gender;

/**
 * One cell of the outcome cube: starters of one gender, obstacle and home municipality,
 * how many of them have left, and how many went to work or to studies upon leaving.
 */
public record OutcomeCell(Gender gender, Obstacle obstacle, String municipalityCode, long starters, long leavers,
		long toWork, long toStudies) {

}
