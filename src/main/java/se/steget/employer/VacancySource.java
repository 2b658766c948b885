package se.steget.employer;

/**
 * Where a vacancy came from: an advertisement (with its id and link), or an employer
 * contact that found a job never advertised (a hidden job).
 */
public enum VacancySource {

	ADVERTISED, HIDDEN

}
