package se.steget.participant;

/**
 * Two records that may be one person: born the same day with the same name, or with names
 * so alike (Jaro-Winkler similarity, 1 for the same) that one may be a misspelling of the
 * other.
 */
public record DuplicatePair(ParticipantSummary first, ParticipantSummary second, Reason reason, double similarity) {

	/** Why the two are listed. */
	public enum Reason {

		SAME_NAME_AND_BIRTH_DATE, SIMILAR_NAME

	}

	public int percent() {
		return (int) Math.round(this.similarity * 100);
	}

}
