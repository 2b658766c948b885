package se.steget.matching;

/**
 * Where a proposal of a participant for a vacancy stands, in the order it moves; hired
 * and declined end it.
 */
public enum ProposalStatus {

	PROPOSED, SENT, INTERVIEW, OFFERED, HIRED, DECLINED;

	public boolean ended() {
		return this == HIRED || this == DECLINED;
	}

}
