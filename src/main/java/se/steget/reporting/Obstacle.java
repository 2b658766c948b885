package se.steget.reporting;

import se.steget.core.BirthRegion;
import se.steget.core.EducationLevel;

/**
 * The main obstacle at the start, as OPIS splits its flows: disability, birth outside
 * Europe, low education, age, or none. A person with several counts under the first of
 * them, so that the groups add up to the total.
 */
public enum Obstacle {

	DISABILITY, BORN_OUTSIDE_EUROPE, LOW_EDUCATION, AGE, NONE;

	static Obstacle of(Starter person) {
		if (Boolean.TRUE.equals(person.disability())) {
			return DISABILITY;
		}
		if (person.birthRegion() == BirthRegion.OUTSIDE_EUROPE) {
			return BORN_OUTSIDE_EUROPE;
		}
		if (person.educationLevel() == EducationLevel.PRE_UPPER_SECONDARY) {
			return LOW_EDUCATION;
		}
		int age = person.ageAtStart();
		return (age < 25 || age >= 55) ? AGE : NONE;
	}

}
