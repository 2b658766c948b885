package se.steget.outcome;

/**
 * Where the information about an outcome comes from.
 */
public enum OutcomeSource {

	PARTICIPANT, PHONE_CALL, REGISTER, EMPLOYER, OTHER

}
