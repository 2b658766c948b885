package se.steget.reporting;

import se.steget.core.GenderCounts;

/**
 * How many of a group stand where on a goal. The attainment is the share reached of those
 * whose time point has passed.
 *
 * @param starters everyone who started in the group, in the population or not
 */
public record Tally(int population, int reached, int notReached, int unknown, int pending, int starters) {

	public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0);

	Tally plus(GoalStatus status) {
		int inPopulation = (status == GoalStatus.OUTSIDE) ? 0 : 1;
		return new Tally(this.population + inPopulation, this.reached + ((status == GoalStatus.REACHED) ? 1 : 0),
				this.notReached + ((status == GoalStatus.NOT_REACHED) ? 1 : 0),
				this.unknown + ((status == GoalStatus.UNKNOWN) ? 1 : 0),
				this.pending + ((status == GoalStatus.PENDING) ? 1 : 0), this.starters + 1);
	}

	Tally plus(Tally other) {
		return new Tally(this.population + other.population, this.reached + other.reached,
				this.notReached + other.notReached, this.unknown + other.unknown, this.pending + other.pending,
				this.starters + other.starters);
	}

	/** Those whose time point has passed. */
	public int evaluated() {
		return this.reached + this.notReached + this.unknown;
	}

	/**
	 * The share reached of those evaluated, in percent; null when none is evaluated yet.
	 */
	public Integer percent() {
		return percent(this.reached, evaluated());
	}

	/** The share reached of everyone who started, in percent. */
	public Integer percentOfStarters() {
		return percent(this.reached, this.starters);
	}

	/** The count as an aggregate shows it: small cells hidden. */
	public String shown(int count, int threshold) {
		return GenderCounts.shown(count, threshold);
	}

	/**
	 * What a goal's cell shows: the number reached for a goal on how many start,
	 * otherwise the share; small cells hidden.
	 */
	public String shownFor(boolean count, int threshold) {
		return count ? shown(this.reached, threshold) : shownPercent(threshold);
	}

	/** The percentage, hidden when its numerator or denominator is a small cell. */
	public String shownPercent(int threshold) {
		return shownShare(this.reached, evaluated(), threshold);
	}

	public String shownPercentOfStarters(int threshold) {
		return shownShare(this.reached, this.starters, threshold);
	}

	/**
	 * Whether the share is hidden, and with it the counts and forecast that would reveal
	 * it.
	 */
	public boolean hides(int threshold) {
		return hidden(this.reached, evaluated(), threshold);
	}

	static Integer percent(int part, int whole) {
		return (whole == 0) ? null : (int) Math.round(100.0 * part / whole);
	}

	private static boolean hidden(int part, int whole, int threshold) {
		return (part > 0 && part < threshold) || (whole > 0 && whole < threshold)
				|| (whole - part > 0 && whole - part < threshold);
	}

	static String shownShare(int part, int whole, int threshold) {
		if (whole == 0) {
			return "–";
		}
		if (hidden(part, whole, threshold)) {
			return "<" + threshold;
		}
		return percent(part, whole) + " %";
	}

}
