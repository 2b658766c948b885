package se.steget.matching;

import java.util.UUID;

import se.steget.employer.PlaceKind;

/**
 * What a list of matches is narrowed to; each part may be left out (null).
 *
 * @param municipalityCode the vacancy's municipality, or the participant's home
 * @param field the occupation's major field (first SSYK digit), for vacancies
 * @param kind the kind of place, for vacancies
 * @param projectId the participants' project, for candidates
 * @param nearMisses whether to show what an unmet must-have excludes
 */
public record MatchFilter(String municipalityCode, String field, PlaceKind kind, UUID projectId, boolean nearMisses) {

	public static final MatchFilter NONE = new MatchFilter(null, null, null, null, false);

	public MatchFilter {
		municipalityCode = (municipalityCode == null || municipalityCode.isBlank()) ? null : municipalityCode;
		field = (field == null || field.isBlank()) ? null : field;
	}

}
