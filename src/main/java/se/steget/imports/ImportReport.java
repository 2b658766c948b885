package se.steget.imports;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a check found, row by row: what importing each row would do, and what is wrong
 * with the rows that cannot be imported. It is kept with the job as JSON. After an import
 * it also holds the version each created record was left at, so that undoing it can tell
 * a record changed since.
 */
record ImportReport(int rowCount, List<Planned> rows, Map<UUID, Integer> versions) {

	ImportReport {
		rows = List.copyOf(rows);
		versions = (versions != null) ? Map.copyOf(versions) : Map.of();
	}

	ImportReport(int rowCount, List<Planned> rows) {
		this(rowCount, rows, Map.of());
	}

	/**
	 * The report as kept: rows as arrays, or as objects in a report kept before they were
	 * arrays (jobs are kept for a month).
	 */
	static ImportReport read(JsonMapper json, String kept) {
		try {
			return json.readValue(kept, ImportReport.class);
		}
		catch (MismatchedInputException earlier) {
			return EARLIER.readValue(kept, ImportReport.class);
		}
	}

	private static final JsonMapper EARLIER = JsonMapper.builder().addMixIn(Planned.class, AsObject.class).build();

	@JsonFormat(shape = JsonFormat.Shape.OBJECT)
	private interface AsObject {

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
	 * problems (for a row to review, the reason). Kept as a JSON array, not an object, so
	 * that the report of a million rows stays small.
	 */
	@JsonFormat(shape = JsonFormat.Shape.ARRAY)
	@JsonPropertyOrder({ "row", "action", "recordId", "problems" })
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

	/** The records the import created. */
	List<UUID> created() {
		return this.rows.stream()
			.filter((row) -> row.action() == Action.CREATE && row.recordId() != null)
			.map(Planned::recordId)
			.distinct()
			.toList();
	}

	/** The report with the versions the import left its created records at. */
	ImportReport withVersions(Map<UUID, Integer> created) {
		return new ImportReport(this.rowCount, this.rows, created);
	}

	/** The report with no record named for a row it created: the writes were undone. */
	ImportReport withoutCreatedRecords() {
		return new ImportReport(this.rowCount,
				this.rows.stream()
					.map((row) -> (row.action() == Action.CREATE && row.recordId() != null)
							? new Planned(row.row(), row.action(), null, row.problems()) : row)
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
