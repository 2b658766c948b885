package se.steget.core;

import java.time.LocalDate;
import java.time.Period;

/**
 * What a participant brings at the start that priority groups and statistics split on;
 * any part may be unknown (null).
 */
public record ParticipantAttributes(Gender gender, LocalDate birthDate, BirthRegion birthRegion,
		EducationLevel educationLevel, Boolean disability, Integer monthsUnemployed, SwedishLevel swedishLevel) {

	/** Age in whole years on the given day, or null if the birth date is unknown. */
	public Integer ageOn(LocalDate day) {
		return (this.birthDate == null) ? null : Period.between(this.birthDate, day).getYears();
	}

}
