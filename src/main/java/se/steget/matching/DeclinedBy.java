package se.steget.matching;

/**
 * Who said no to a proposal.
 */
public enum DeclinedBy {

	PARTICIPANT, EMPLOYER

}
