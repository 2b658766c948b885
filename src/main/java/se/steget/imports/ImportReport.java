package se.steget.imports;

import java.util.List;
import java.util.UUID;

/**
 * What a check found, row by row: what importing each row would do, and what is wrong
 * with the rows that cannot be imported. It is kept with the job as JSON.
 */
record ImportReport(int rowCount, List<Planned> rows) {

	ImportReport {
		rows = List.copyOf(rows);
	}

	/** What importing one row does. */
	enum Action {

		/** A new record. */
		CREATE,

		/** An existing record, changed to the row's values. */
		UPDATE,

		/** An existing record that already holds the row's values. */
		UNCHANGED,

		/**
		 * A row that may be someone already registered: a person decides, never the
		 * import.
		 */
		REVIEW,

		/** A row with errors. */
		INVALID

	}

	/**
	 * One row's plan: its number in the file, the action, the record it matched, and its
	 * problems (for a row to review, the reason).
	 */
	record Planned(int row, Action action, UUID recordId, List<RowProblem> problems) {

		Planned {
			problems = List.copyOf(problems);
		}

	}

	/** The report with the records an import wrote, by row number. */
	ImportReport withRecords(java.util.Map<Integer, UUID> written) {
		return new ImportReport(this.rowCount,
				this.rows.stream()
					.map((row) -> written.containsKey(row.row())
							? new Planned(row.row(), row.action(), written.get(row.row()), row.problems()) : row)
					.toList());
	}

	long count(Action action) {
		return this.rows.stream().filter((row) -> row.action() == action).count();
	}

	/** Whether every row can be imported as it stands. */
	boolean clean() {
		return count(Action.INVALID) == 0 && count(Action.REVIEW) == 0;
	}

	List<Planned> withProblems() {
		return this.rows.stream().filter((row) -> !row.problems().isEmpty()).toList();
	}

}
