package se.steget.matching;

import java.util.List;

import se.steget.employer.Requirement;

/**
 * What matching knows of a vacancy or place.
 *
 * @param ssykCode its occupation
 * @param municipalityCode where it is, in Sweden
 * @param country its country, "SE" for Sweden
 * @param scopeMin the least share of full time it offers, in percent
 * @param scopeMax the most
 * @param requirements what it requires, must-have or nice-to-have
 */
public record Opening(String ssykCode, String municipalityCode, String country, int scopeMin, int scopeMax,
		List<Requirement> requirements) {

	public Opening {
		requirements = List.copyOf(requirements);
	}

}
