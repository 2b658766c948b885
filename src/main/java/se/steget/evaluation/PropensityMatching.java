package se.steget.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Matches each participant to one person of the comparison group: exactly on the stratum,
 * then the nearest on the logit of the propensity score, within a caliper of a share of
 * the logit's standard deviation, one to one and without replacement, so no one is ever
 * matched twice. Participants are taken from the highest score down (the hardest to match
 * first), ties by pseudonym, so the same data always give the same pairs.
 */
final class PropensityMatching {

	/** Austin's (2011) recommended caliper: 0.2 standard deviations of the logit. */
	static final double CALIPER_SD = 0.2;

	private PropensityMatching() {
	}

	/** A participant and the comparison person matched to them. */
	record Pair(MatchUnit treated, MatchUnit comparison) {

	}

	/**
	 * The pairs, with the participants no one was close enough to, and the caliper on the
	 * logit that was used.
	 */
	record Result(List<Pair> pairs, List<MatchUnit> unmatched, double caliper) {

	}

	static Result match(List<MatchUnit> units) {
		PropensityModel model = PropensityModel.fit(units);
		Map<MatchUnit, Double> logits = new LinkedHashMap<>();
		units.forEach((u) -> logits.put(u, model.logit(u.covariates())));
		double caliper = CALIPER_SD
				* new StandardDeviation().evaluate(logits.values().stream().mapToDouble(Double::doubleValue).toArray());
		List<Pair> pairs = new ArrayList<>();
		List<MatchUnit> unmatched = new ArrayList<>();
		Map<String, List<MatchUnit>> strata = new TreeMap<>();
		units.forEach((u) -> strata.computeIfAbsent(u.stratum(), (k) -> new ArrayList<>()).add(u));
		strata.values().forEach((stratum) -> matchWithin(stratum, logits, caliper, pairs, unmatched));
		return new Result(List.copyOf(pairs), List.copyOf(unmatched), caliper);
	}

	private static void matchWithin(List<MatchUnit> stratum, Map<MatchUnit, Double> logits, double caliper,
			List<Pair> pairs, List<MatchUnit> unmatched) {
		TreeMap<Double, List<MatchUnit>> available = new TreeMap<>();
		stratum.stream()
			.filter((u) -> !u.treated())
			.sorted(Comparator.comparing(MatchUnit::id))
			.forEach((u) -> available.computeIfAbsent(logits.get(u), (k) -> new ArrayList<>()).add(u));
		List<MatchUnit> treated = stratum.stream()
			.filter(MatchUnit::treated)
			.sorted(Comparator.comparing((MatchUnit u) -> -logits.get(u)).thenComparing(MatchUnit::id))
			.toList();
		for (MatchUnit person : treated) {
			Double nearest = nearest(available, logits.get(person), caliper);
			if (nearest == null) {
				unmatched.add(person);
				continue;
			}
			List<MatchUnit> atScore = available.get(nearest);
			pairs.add(new Pair(person, atScore.remove(0)));
			if (atScore.isEmpty()) {
				available.remove(nearest);
			}
		}
	}

	private static Double nearest(TreeMap<Double, List<MatchUnit>> available, double logit, double caliper) {
		Double below = available.floorKey(logit);
		Double above = available.ceilingKey(logit);
		Double nearest = (below == null) ? above
				: (above == null) ? below : (logit - below <= above - logit) ? below : above;
		return (nearest != null && Math.abs(nearest - logit) <= caliper) ? nearest : null;
	}

}
