package se.steget.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * How alike participants and the comparison group are on one covariate: the standardised
 * mean difference before matching (everyone) and after (the matched pairs only). Both use
 * the same denominator, the pooled standard deviation before matching, so a change is a
 * change in the means and not in the yardstick (Stuart 2010). Above 0.1 is flagged.
 */
record Balance(String covariate, double treatedMeanBefore, double comparisonMeanBefore, double before,
		double treatedMeanAfter, double comparisonMeanAfter, double after) {

	static final double FLAGGED_ABOVE = 0.1;

	public boolean flagged() {
		return Math.abs(this.after) > FLAGGED_ABOVE;
	}

	/**
	 * One row per covariate, the before from {@code everyone}, the after from the pairs.
	 */
	static List<Balance> of(List<String> covariates, List<MatchUnit> everyone, List<PropensityMatching.Pair> pairs) {
		List<MatchUnit> matchedTreated = pairs.stream().map(PropensityMatching.Pair::treated).toList();
		List<MatchUnit> matchedComparison = pairs.stream().map(PropensityMatching.Pair::comparison).toList();
		List<Balance> rows = new ArrayList<>();
		for (int j = 0; j < covariates.size(); j++) {
			double[] treated = column(everyone, MatchUnit::treated, j);
			double[] comparison = column(everyone, (u) -> !u.treated(), j);
			double sd = Math.sqrt((new Variance().evaluate(treated) + new Variance().evaluate(comparison)) / 2);
			double t1 = mean(column(matchedTreated, (u) -> true, j));
			double c1 = mean(column(matchedComparison, (u) -> true, j));
			double t0 = mean(treated);
			double c0 = mean(comparison);
			rows.add(new Balance(covariates.get(j), t0, c0, standardised(t0 - c0, sd), t1, c1,
					standardised(t1 - c1, sd)));
		}
		return List.copyOf(rows);
	}

	private static double standardised(double difference, double sd) {
		return (sd > 0) ? difference / sd : 0;
	}

	private static double mean(double[] values) {
		return (values.length > 0) ? new Mean().evaluate(values) : Double.NaN;
	}

	private static double[] column(List<MatchUnit> units, Predicate<MatchUnit> which, int j) {
		return units.stream().filter(which).mapToDouble((u) -> u.covariates()[j]).toArray();
	}

}
