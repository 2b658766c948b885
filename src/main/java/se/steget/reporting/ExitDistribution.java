package se.steget.reporting;

import java.util.Map;

import se.steget.core.GenderCounts;
import se.steget.outcome.OutcomeGroup;

/**
 * What those who left did upon leaving, by outcome group and gender.
 */
public record ExitDistribution(Map<OutcomeGroup, GenderCounts> groups) {

	public GenderCounts total() {
		return this.groups.values().stream().reduce(GenderCounts.ZERO, GenderCounts::plus);
	}

	public GenderCounts of(OutcomeGroup group) {
		return this.groups.getOrDefault(group, GenderCounts.ZERO);
	}

	/** The group's share of everyone who left, in percent. */
	public Integer percent(OutcomeGroup group) {
		return Tally.percent((int) of(group).total(), (int) total().total());
	}

	public String shownPercent(OutcomeGroup group, int threshold) {
		return Tally.shownShare((int) of(group).total(), (int) total().total(), threshold);
	}

}
