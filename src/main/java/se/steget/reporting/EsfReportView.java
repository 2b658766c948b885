package se.steget.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import se.steget.core.GenderCounts;
import se.steget.core.GenderTable;
import se.steget.core.ShownCounts;

/**
 * The ESF+ indicators for the projects chosen, by gender; an indicator that Steget does
 * not collect has no counts.
 *
 * @param threshold counts under it are hidden
 */
public record EsfReportView(LocalDate asOf, String projectName, int threshold, Map<EsfIndicator, GenderCounts> counts) {

	public List<EsfIndicator> indicators(EsfIndicator.Section section) {
		return java.util.Arrays.stream(EsfIndicator.values()).filter((i) -> i.section() == section).toList();
	}

	public GenderCounts of(EsfIndicator indicator) {
		return this.counts.getOrDefault(indicator, GenderCounts.ZERO);
	}

	/** The indicator's counts as an aggregate shows them, its row's total tying them. */
	public ShownCounts shown(EsfIndicator indicator) {
		return GenderTable.row(of(indicator), this.threshold);
	}

}
