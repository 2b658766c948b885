package se.steget.reporting;

import se.steget.core.Gender;

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

	public Tally total() {
		return this.women.plus(this.men).plus(this.others);
	}

}
