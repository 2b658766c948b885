package se.steget.core;

/**
 * Highest completed education in the ESF+ bands: pre-upper secondary (ISCED 0-2,
 * förgymnasial), upper secondary (ISCED 3-4, gymnasial), post-secondary (ISCED 5-8,
 * eftergymnasial).
 */
public enum EducationLevel {

	PRE_UPPER_SECONDARY, UPPER_SECONDARY, POST_SECONDARY

}
