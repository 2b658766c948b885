package se.steget.reporting;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * One month of the report to Statistics Sweden, with the months before it that are not
 * done.
 */
public record ScbReportView(UUID projectId, String projectName, YearMonth month, List<ScbRow> rows,
		List<ScbMonth> months) {

	/** Earlier months never produced. */
	public List<YearMonth> missingBefore() {
		return this.months.stream()
			.filter((m) -> m.month().isBefore(this.month) && m.status() == ScbMonth.Status.NOT_PRODUCED)
			.map(ScbMonth::month)
			.toList();
	}

	/**
	 * Months produced before that must be produced again, after a correction or out of
	 * order.
	 */
	public List<YearMonth> toProduceAgain() {
		return this.months.stream()
			.filter((m) -> m.status() == ScbMonth.Status.CHANGED || m.status() == ScbMonth.Status.OUT_OF_ORDER)
			.map(ScbMonth::month)
			.toList();
	}

}
