package se.steget.core;

/**
 * A count of people by gender: women, men, and others (non-binary or not stated).
 */
public record GenderCounts(long women, long men, long others) {

	public static final GenderCounts ZERO = new GenderCounts(0, 0, 0);

	public long total() {
		return this.women + this.men + this.others;
	}

	public GenderCounts plus(GenderCounts other) {
		return new GenderCounts(this.women + other.women, this.men + other.men, this.others + other.others);
	}

	public GenderCounts plus(Gender gender, long count) {
		return switch (gender) {
			case WOMAN -> new GenderCounts(this.women + count, this.men, this.others);
			case MAN -> new GenderCounts(this.women, this.men + count, this.others);
			case NON_BINARY, NOT_STATED -> new GenderCounts(this.women, this.men, this.others + count);
		};
	}

	/**
	 * Whether an aggregate view must withhold the whole row (every gender and the total):
	 * when one count is hidden, showing the others and the total would give it away.
	 */
	public boolean withheld(int threshold) {
		return (this.women > 0 && this.women < threshold) || (this.men > 0 && this.men < threshold)
				|| (this.others > 0 && this.others < threshold);
	}

	/**
	 * The figure as an aggregate view shows it: counts from 1 to below the threshold are
	 * hidden, so that no person can be singled out.
	 */
	public static String shown(long count, int threshold) {
		return (count > 0 && count < threshold) ? "<" + threshold : String.valueOf(count);
	}

}
