package se.steget.matching;

/**
 * The kinds of list a job profile holds: where the person can work (municipalities,
 * counties), the driving licences they hold ({@code NONE} for none), the languages they
 * speak, their skills, and what they cannot do.
 */
enum ProfileTagKind {

	MUNICIPALITY, COUNTY, DRIVING_LICENCE, LANGUAGE, SKILL, LIMITATION

}
