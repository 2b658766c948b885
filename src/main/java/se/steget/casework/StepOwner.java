package se.steget.casework;

/**
 * Who takes a step of the plan: the participant or the staff.
 */
public enum StepOwner {

	PARTICIPANT, STAFF

}
