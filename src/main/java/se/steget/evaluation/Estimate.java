package se.steget.evaluation;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * A difference between participants and the comparison group with its 95 % interval.
 * Matched pairs get the paired interval, from the spread of the differences within pairs,
 * since the pair is the unit once people are matched (Austin 2011); two independent
 * groups, as in a randomised trial, get Welch's interval. Both from the t distribution; a
 * difference of shares is a difference of means of 0 and 1.
 *
 * @param n the number of pairs, or of people in both groups
 */
record Estimate(double difference, double lower, double upper, int n) {

	private static final double LEVEL = 0.95;

	public boolean hasInterval() {
		return !Double.isNaN(this.lower);
	}

	/**
	 * The effect on matched pairs: {@code treated[i]} was matched to
	 * {@code comparison[i]}.
	 */
	static Estimate paired(double[] treated, double[] comparison) {
		double[] differences = new double[treated.length];
		for (int i = 0; i < treated.length; i++) {
			differences[i] = treated[i] - comparison[i];
		}
		if (differences.length < 2) {
			return new Estimate((differences.length == 1) ? differences[0] : Double.NaN, Double.NaN, Double.NaN,
					differences.length);
		}
		double mean = new Mean().evaluate(differences);
		double se = Math.sqrt(new Variance().evaluate(differences) / differences.length);
		return around(mean, se, differences.length - 1, differences.length);
	}

	/** The difference in means of two independent groups, with Welch's interval. */
	static Estimate independent(double[] treated, double[] comparison) {
		double v1 = new Variance().evaluate(treated) / treated.length;
		double v0 = new Variance().evaluate(comparison) / comparison.length;
		double se = Math.sqrt(v1 + v0);
		double df = (v1 + v0) * (v1 + v0) / (v1 * v1 / (treated.length - 1) + v0 * v0 / (comparison.length - 1));
		return around(new Mean().evaluate(treated) - new Mean().evaluate(comparison), se, df,
				treated.length + comparison.length);
	}

	private static Estimate around(double difference, double se, double degreesOfFreedom, int n) {
		if (se == 0) {
			return new Estimate(difference, difference, difference, n);
		}
		double t = new TDistribution(degreesOfFreedom).inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
		return new Estimate(difference, difference - t * se, difference + t * se, n);
	}

}
