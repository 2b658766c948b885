package se.steget.enrollment;

/**
 * How an intake step went: the person passed it, was declined, or withdrew.
 */
public enum IntakeOutcome {

	PASSED, DECLINED, WITHDREW

}
