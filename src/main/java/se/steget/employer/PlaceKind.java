package se.steget.employer;

/**
 * What an employer offers: a job, or a place for an internship, a work trial or an
 * apprenticeship.
 */
public enum PlaceKind {

	JOB, INTERNSHIP, WORK_TRIAL, APPRENTICESHIP

}
