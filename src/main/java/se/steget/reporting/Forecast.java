package se.steget.reporting;

/**
 * Where a goal will likely end: the expected final figure with a 95 % interval, from the
 * rate so far and what is still to come.
 */
public record Forecast(int expected, int low, int high) {

	private static final double Z = 1.96;

	/**
	 * The final share reached, in percent, if those still pending reach it at the rate
	 * seen so far; the interval is Wilson's for that rate.
	 */
	static Forecast ofShare(Tally tally) {
		int n = tally.evaluated();
		if (n == 0) {
			return null;
		}
		double p = (double) tally.reached() / n;
		double centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n);
		double half = Z * Math.sqrt(p * (1 - p) / n + Z * Z / (4.0 * n * n)) / (1 + Z * Z / n);
		int total = n + tally.pending();
		return new Forecast(percentOf(tally.reached() + tally.pending() * p, total),
				percentOf(tally.reached() + tally.pending() * Math.max(0, centre - half), total),
				percentOf(tally.reached() + tally.pending() * Math.min(1, centre + half), total));
	}

	/**
	 * The final count of starters if they keep coming at the rate so far until the
	 * project ends; the interval treats the starts still to come as a Poisson count.
	 */
	static Forecast ofCount(int sofar, long daysElapsed, long daysLeft) {
		if (daysElapsed <= 0 || daysLeft <= 0) {
			return new Forecast(sofar, sofar, sofar);
		}
		double more = (double) sofar / daysElapsed * daysLeft;
		double half = Z * Math.sqrt(more);
		return new Forecast((int) Math.round(sofar + more), (int) Math.round(sofar + Math.max(0, more - half)),
				(int) Math.round(sofar + more + half));
	}

	private static int percentOf(double part, int whole) {
		return (int) Math.round(100.0 * part / whole);
	}

}
