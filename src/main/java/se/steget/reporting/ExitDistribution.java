package se.steget.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import se.steget.core.GenderCounts;
import se.steget.core.GenderTable;
import se.steget.core.ShownCounts;
import se.steget.enrollment.ExitReason;
import se.steget.outcome.OutcomeGroup;

/**
 * What those who left did upon leaving, by outcome group and gender, and why their stays
 * ended, by exit reason and gender: the reasons for dropping out among them.
 */
public record ExitDistribution(Map<OutcomeGroup, GenderCounts> groups, Map<ExitReason, GenderCounts> reasons) {

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

	/**
	 * Every group's counts as an aggregate shows them, in the order of the groups: the
	 * groups are the parts of everyone who left.
	 */
	public List<ShownCounts> shown(int threshold) {
		return GenderTable.parts(Arrays.stream(OutcomeGroup.values()).map(this::of).toList(), total(), threshold);
	}

	public GenderCounts of(ExitReason reason) {
		return this.reasons.getOrDefault(reason, GenderCounts.ZERO);
	}

	/**
	 * Every exit reason's counts as an aggregate shows them, in the order of the reasons:
	 * the reasons too are parts of everyone who left.
	 */
	public List<ShownCounts> shownReasons(int threshold) {
		return GenderTable.parts(Arrays.stream(ExitReason.values()).map(this::of).toList(), total(), threshold);
	}

	public String shownPercent(ExitReason reason, int threshold) {
		return Tally.shownShare((int) of(reason).total(), (int) total().total(), threshold);
	}

	/** Some other parts of everyone who left (their paths) as an aggregate shows them. */
	public List<ShownCounts> shownParts(List<GenderCounts> parts, int threshold) {
		return GenderTable.parts(parts, total(), threshold);
	}

}
