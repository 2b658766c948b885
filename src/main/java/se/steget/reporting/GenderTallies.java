package se.steget.reporting;

import se.steget.core.Gender;
import se.steget.core.GenderCounts;

/**
 * A tally for women, men and others (non-binary or not stated), and their total.
 */
public record GenderTallies(Tally women, Tally men, Tally others) {

	public static final GenderTallies ZERO = new GenderTallies(Tally.ZERO, Tally.ZERO, Tally.ZERO);

	GenderTallies plus(Gender gender, GoalStatus status) {
		return switch (gender) {
			case WOMAN -> new GenderTallies(this.women.plus(status), this.men, this.others);
			case MAN -> new GenderTallies(this.women, this.men.plus(status), this.others);
			case NON_BINARY, NOT_STATED -> new GenderTallies(this.women, this.men, this.others.plus(status));
		};
	}

	/**
	 * Whether one gender's share is hidden, so that the total's share and counts are
	 * withheld too: with them shown, the hidden share would follow from the others.
	 */
	public boolean sharesWithheld(int threshold) {
		return threshold > 1
				&& (this.women.hides(threshold) || this.men.hides(threshold) || this.others.hides(threshold));
	}

	/**
	 * The total's share as an aggregate shows it, withheld with a hidden gender's share.
	 */
	public String shownTotalPercent(int threshold) {
		return sharesWithheld(threshold) ? ".." : total().shownPercent(threshold);
	}

	/** How many reached the goal, by gender. */
	public GenderCounts reached() {
		return new GenderCounts(this.women.reached(), this.men.reached(), this.others.reached());
	}

	public Tally total() {
		return this.women.plus(this.men).plus(this.others);
	}

}
