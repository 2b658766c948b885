package se.steget.reporting;

/**
 * The dimension the goal report breaks its figures down by, beside gender.
 */
public enum Breakdown {

	AGE_BAND, OBSTACLE, MUNICIPALITY, TRACK

}
