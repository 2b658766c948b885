package se.steget.access;

/**
 * The kind of work a staff member does.
 */
public enum StaffFunction {

	COACH, EMPLOYMENT_OFFICER, MUNICIPAL_COORDINATOR, BUSINESS_COACH

}
