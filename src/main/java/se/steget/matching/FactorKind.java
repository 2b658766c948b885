package se.steget.matching;

/**
 * What a factor of a match weighs: the occupation, the place, the scope of work, or one
 * requirement of the vacancy.
 */
public enum FactorKind {

	OCCUPATION, PLACE, SCOPE, DRIVING_LICENCE, SWEDISH, EDUCATION, EXPERIENCE, LANGUAGE, SKILL

}
