package se.steget.matching;

import java.util.List;

/**
 * A participant against a vacancy, factor by factor. The score is the sum of the factors'
 * points, so that what is shown adds up; the confidence is the share of the possible
 * points whose factors are known; an unmet must-have excludes the vacancy. They are
 * worked out once, when the match is made, since ranking compares them often.
 */
public record Match(List<Factor> factors, int points, int maxPoints, int confidence, boolean excluded) {

	public Match {
		factors = List.copyOf(factors);
	}

	static Match of(List<Factor> factors) {
		int points = 0;
		int max = 0;
		int known = 0;
		boolean excluded = false;
		for (Factor factor : factors) {
			points += factor.points();
			max += factor.maxPoints();
			known += factor.known() ? factor.maxPoints() : 0;
			excluded |= factor.excludes();
		}
		return new Match(factors, points, max, (max == 0) ? 0 : Math.round(100f * known / max), excluded);
	}

	public List<Factor> unknown() {
		return this.factors.stream().filter((f) -> !f.known()).toList();
	}

}
