package se.steget.matching;

import java.util.List;
import java.util.Set;

import se.steget.core.EducationLevel;
import se.steget.core.SwedishLevel;

/**
 * What a job profile records: the wanted occupations in order, where and how much the
 * person can work, and what they bring and cannot do, with their own words.
 */
record JobProfileDetails(List<ProfileOccupation> occupations, boolean homeMunicipality, boolean wholeCountry,
		boolean abroad, Integer travelMinutes, Integer scopeMin, Integer scopeMax, SwedishLevel swedishLevel,
		EducationLevel educationLevel, Set<ProfileTag> tags, String ownWords) {

	JobProfileDetails {
		occupations = List.copyOf(occupations);
		tags = Set.copyOf(tags);
		ownWords = (ownWords == null || ownWords.isBlank()) ? null : ownWords.strip();
	}

}
