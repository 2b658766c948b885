package se.steget.core;

/**
 * Command of Swedish, from none to fluent; ordered, so that "at most" compares.
 */
public enum SwedishLevel {

	NONE, BEGINNER, INTERMEDIATE, ADVANCED, FLUENT

}
