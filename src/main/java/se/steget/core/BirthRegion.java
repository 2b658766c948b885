package se.steget.core;

/**
 * Where a person was born, at the grain the projects' priority groups and ESF+ use.
 */
public enum BirthRegion {

	SWEDEN, EUROPE, OUTSIDE_EUROPE

}
