package se.steget.employer;

/**
 * How staff were in touch with an employer.
 */
public enum EmployerContactChannel {

	VISIT, MEETING, PHONE, EMAIL

}
