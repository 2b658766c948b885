package se.steget.employer;

/**
 * Why staff were in touch with an employer: to sell the project and find places, to
 * follow up a placement or an internship, or to find a job for one named participant
 * (candidate-driven job acquisition).
 */
public enum EmployerContactPurpose {

	SALES_CALL, PLACEMENT_FOLLOW_UP, INTERNSHIP_FOLLOW_UP, JOB_ACQUISITION;

	/** Whether the contact is about one participant, who must then be named. */
	public boolean aboutParticipant() {
		return this == JOB_ACQUISITION || this == INTERNSHIP_FOLLOW_UP || this == PLACEMENT_FOLLOW_UP;
	}

}
