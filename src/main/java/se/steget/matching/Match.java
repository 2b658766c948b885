package se.steget.matching;

import java.util.List;

/**
 * A participant against a vacancy, factor by factor. The score is the sum of the factors'
 * points, so that what is shown adds up; the confidence is the share of the possible
 * points whose factors are known.
 */
public record Match(List<Factor> factors) {

	public Match {
		factors = List.copyOf(factors);
	}

	public int points() {
		return this.factors.stream().mapToInt(Factor::points).sum();
	}

	public int maxPoints() {
		return this.factors.stream().mapToInt(Factor::maxPoints).sum();
	}

	/** The share, in percent, of the possible points whose factors are known. */
	public int confidence() {
		int known = this.factors.stream().filter(Factor::known).mapToInt(Factor::maxPoints).sum();
		return (maxPoints() == 0) ? 0 : Math.round(100f * known / maxPoints());
	}

	/** Whether a must-have requirement is not met. */
	public boolean excluded() {
		return this.factors.stream().anyMatch(Factor::excludes);
	}

	public List<Factor> unknown() {
		return this.factors.stream().filter((f) -> !f.known()).toList();
	}

}
