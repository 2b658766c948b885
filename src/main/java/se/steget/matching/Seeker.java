package se.steget.matching;

import java.util.List;
import java.util.Set;

import se.steget.core.EducationLevel;
import se.steget.core.SwedishLevel;

/**
 * What matching knows of a participant, from the job profile: null or empty means not
 * known, except where said.
 *
 * @param occupations the wanted occupations, the first most wanted
 * @param homeMunicipality where the person lives, if known
 * @param homeMunicipalityOk whether they can work there
 * @param municipalities other municipalities they can work in
 * @param counties counties they can work anywhere in
 * @param wholeCountry whether they can work anywhere in Sweden
 * @param abroad whether they can work abroad
 * @param travelMinutes how far they can travel, when given (distance is not computed)
 * @param scopeMin the least share of full time they want, in percent
 * @param scopeMax the most they can work
 * @param drivingLicences the categories held; empty with {@code noDrivingLicence} when
 * they hold none
 * @param noDrivingLicence whether they are known to hold no licence
 * @param swedish their Swedish
 * @param education their highest education
 * @param languages the other languages they speak (when any is listed, the list counts as
 * complete)
 * @param skills what they can do
 * @param limitations what they cannot do (heavy lifting, shift work)
 */
public record Seeker(List<WantedOccupation> occupations, String homeMunicipality, boolean homeMunicipalityOk,
		Set<String> municipalities, Set<String> counties, boolean wholeCountry, boolean abroad, Integer travelMinutes,
		Integer scopeMin, Integer scopeMax, Set<String> drivingLicences, boolean noDrivingLicence, SwedishLevel swedish,
		EducationLevel education, Set<String> languages, Set<String> skills, Set<String> limitations) {

	public Seeker {
		occupations = List.copyOf(occupations);
		municipalities = Set.copyOf(municipalities);
		counties = Set.copyOf(counties);
		drivingLicences = Set.copyOf(drivingLicences);
		languages = Set.copyOf(languages);
		skills = Set.copyOf(skills);
		limitations = Set.copyOf(limitations);
	}

	/** An occupation the person wants, with their years in it if known. */
	public record WantedOccupation(String ssykCode, Integer experienceYears) {

	}

}
