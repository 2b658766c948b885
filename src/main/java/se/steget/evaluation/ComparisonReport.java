package se.steget.evaluation;

import java.util.List;

import se.steget.core.Gender;
import se.steget.core.ShownCounts;

/**
 * A project's participants compared with its matched comparison group: who was matched,
 * how alike the two groups are before and after, and the effect on each outcome at each
 * horizon with its interval, overall and by gender.
 *
 * @param groupSize how many the comparison group holds; 0 when there is none
 * @param counts the participants who left, then those matched, those no one in the group
 * was close enough to, and those whose months without work were not recorded; small cells
 * hidden as the viewer's role asks
 * @param showsMeans whether the balance table may show the groups' means (people who see
 * the cases), or its standardised differences only
 */
record ComparisonReport(int groupSize, double caliper, List<ShownCounts> counts, List<Balance> balance,
		boolean showsMeans, List<EffectRow> effects, int threshold) {

	static final List<Integer> HORIZONS = List.of(90, 182, 365);

	static ComparisonReport none() {
		return new ComparisonReport(0, Double.NaN, List.of(), List.of(), false, List.of(), 0);
	}

	public boolean hasGroup() {
		return this.groupSize > 0;
	}

	public boolean anyFlagged() {
		return this.balance.stream().anyMatch(Balance::flagged);
	}

	/**
	 * The effect on one outcome at one horizon for the pairs of one gender (null for
	 * everyone) in which both have a known outcome then.
	 *
	 * @param shown false where the number of pairs is a small cell, or would give one
	 * away
	 * @param pairsShown false where the number of pairs would give a hidden count away,
	 * though the effect may be shown
	 */
	record EffectRow(int days, ComparedOutcome outcome, Gender gender, int pairs, double participantShare,
			double comparisonShare, Estimate estimate, boolean shown, boolean pairsShown) {

	}

}
