package se.steget.enrollment;

/**
 * What a staff member does in a shared case.
 */
public enum CaseRole {

	RESPONSIBLE_COACH, EMPLOYMENT_OFFICER, MUNICIPAL_COORDINATOR, BUSINESS_COACH, PSYCHOLOGIST, PHYSIOTHERAPIST,
	DIETITIAN, OTHER_SPECIALIST

}
