package se.steget.reporting;

import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * A month of the report to Statistics Sweden and whether it is done.
 */
public record ScbMonth(YearMonth month, Status status, LocalDateTime producedAt) {

	public enum Status {

		/** Not produced yet. */
		NOT_PRODUCED,

		/** Produced, and what it holds is unchanged. */
		PRODUCED,

		/** Produced, but a correction has changed what it holds since. */
		CHANGED,

		/**
		 * Produced before an earlier month was (again): it must be produced again, in
		 * order.
		 */
		OUT_OF_ORDER

	}

	public boolean done() {
		return this.status == Status.PRODUCED;
	}

}
