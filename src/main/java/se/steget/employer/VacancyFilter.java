package se.steget.employer;

import java.util.UUID;

/**
 * What a list of vacancies is narrowed to; each part may be left out (null).
 *
 * @param municipalityCode the workplace's municipality
 * @param field the occupation's major field (first SSYK digit)
 * @param kind the kind of place
 * @param status open, filled or closed
 * @param employerId one employer's
 */
public record VacancyFilter(String municipalityCode, String field, PlaceKind kind, VacancyStatus status,
		UUID employerId) {

	public static final VacancyFilter OPEN = new VacancyFilter(null, null, null, VacancyStatus.OPEN, null);

	public VacancyFilter {
		municipalityCode = (municipalityCode == null || municipalityCode.isBlank()) ? null : municipalityCode;
		field = (field == null || field.isBlank()) ? null : field;
	}

}
