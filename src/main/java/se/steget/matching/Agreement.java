package se.steget.matching;

/**
 * How one factor of a match came out. Unknown means that the profile or the vacancy does
 * not say: it gives no points and lowers the confidence, never the other way round.
 */
public enum Agreement {

	MET, PARTLY, NOT_MET, UNKNOWN

}
