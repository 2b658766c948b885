package se.steget.project;

import java.time.LocalDate;
import java.util.UUID;

import se.steget.core.BirthRegion;
import se.steget.core.EducationLevel;
import se.steget.core.Gender;
import se.steget.core.ParticipantAttributes;
import se.steget.core.SwedishLevel;

/**
 * A priority group of a project, such as women born outside Europe aged 25 or more.
 */
public record PriorityGroupView(UUID id, UUID projectId, String name, Gender gender, Integer minAge, Integer maxAge,
		BirthRegion birthRegion, EducationLevel educationLevel, Boolean disability, Integer minMonthsUnemployed,
		SwedishLevel maxSwedishLevel, int version) {

	/**
	 * Whether a person with these attributes belongs to the group at the start of an
	 * enrollment.
	 */
	public boolean matches(ParticipantAttributes person, LocalDate start) {
		Integer age = person.ageOn(start);
		return (this.gender == null || this.gender == person.gender())
				&& (this.minAge == null || (age != null && age >= this.minAge))
				&& (this.maxAge == null || (age != null && age <= this.maxAge))
				&& (this.birthRegion == null || this.birthRegion == person.birthRegion())
				&& (this.educationLevel == null || this.educationLevel == person.educationLevel())
				&& (this.disability == null || this.disability.equals(person.disability()))
				&& (this.minMonthsUnemployed == null
						|| (person.monthsUnemployed() != null && person.monthsUnemployed() >= this.minMonthsUnemployed))
				&& (this.maxSwedishLevel == null || (person.swedishLevel() != null
						&& person.swedishLevel().compareTo(this.maxSwedishLevel) <= 0));
	}

}
