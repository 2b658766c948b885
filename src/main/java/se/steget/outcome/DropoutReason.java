package se.steget.outcome;

/**
 * Why a participant who did not complete the project left it.
 */
public enum DropoutReason {

	HEALTH, MOTIVATION, NO_CONTACT, OTHER_EFFORT, MOVED, OTHER

}
