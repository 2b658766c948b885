package se.steget.employer;

/**
 * What a vacancy may require: a driving licence category, a level of Swedish, a level of
 * education, years of experience in its occupation, another language, or a skill.
 */
public enum RequirementKind {

	DRIVING_LICENCE, SWEDISH, EDUCATION, EXPERIENCE, LANGUAGE, SKILL

}
