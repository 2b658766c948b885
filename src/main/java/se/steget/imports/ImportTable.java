package se.steget.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A file's rows as text: the titles of the header row and the rows under it, each with
 * its row number as the spreadsheet shows it (the header is row 1). Blank rows are left
 * out. The rows are read from the file again each time they are gone through, so a file
 * of a million rows holds one row at a time, never all of them.
 */
final class ImportTable {

	private final List<String> header;

	private final int size;

	private final Scan scan;

	private ImportTable(List<String> header, int size, Scan scan) {
		this.header = List.copyOf(header);
		this.size = size;
		this.scan = scan;
	}

	/**
	 * The table a scan of the file reads, gone through once to find its header and count
	 * its rows.
	 * @throws RowProblem.Unreadable when the file has no header, or more rows than the
	 * most
	 */
	static ImportTable of(Scan scan, int maxRows) {
		List<List<String>> header = new ArrayList<>();
		int[] rows = new int[1];
		scan.lines((number, cells) -> {
			if (cells.stream().allMatch(String::isBlank)) {
				return true;
			}
			if (header.isEmpty()) {
				header.add(cells.stream().map(String::strip).toList());
				return true;
			}
			if (++rows[0] > maxRows) {
				throw new RowProblem.Unreadable("imports.error.tooManyRows", maxRows);
			}
			return true;
		});
		if (header.isEmpty()) {
			throw new RowProblem.Unreadable("imports.error.empty");
		}
		return new ImportTable(header.get(0), rows[0], scan);
	}

	/** The table of a job whose file has been erased: no header and no rows. */
	static ImportTable erased() {
		return new ImportTable(List.of(), 0, (visitor) -> {
		});
	}

	List<String> header() {
		return this.header;
	}

	/** How many rows there are under the header. */
	int size() {
		return this.size;
	}

	/** Goes through every row under the header, in order. */
	void forEach(Consumer<Row> action) {
		rows((row) -> {
			action.accept(row);
			return true;
		});
	}

	/** The first rows under the header, at most that many. */
	List<Row> first(int most) {
		List<Row> first = new ArrayList<>();
		if (most > 0) {
			rows((row) -> {
				first.add(row);
				return first.size() < most;
			});
		}
		return first;
	}

	private void rows(java.util.function.Predicate<Row> action) {
		boolean[] header = { true };
		this.scan.lines((number, cells) -> {
			if (cells.stream().allMatch(String::isBlank)) {
				return true;
			}
			if (header[0]) {
				header[0] = false;
				return true;
			}
			return action.test(new Row(number, cells));
		});
	}

	/**
	 * Reads a file's lines in order, the blank ones too, each with its number, until the
	 * visitor says stop.
	 */
	@FunctionalInterface
	interface Scan {

		void lines(Lines visitor);

	}

	/** Told of each line a scan reads; false to stop there. */
	@FunctionalInterface
	interface Lines {

		boolean line(int number, List<String> cells);

	}

	/** One row: its number and its cells, a blank string where a cell is empty. */
	record Row(int number, List<String> cells) {

		Row {
			cells = List.copyOf(cells);
		}

		String cell(int column) {
			return (column < this.cells.size()) ? this.cells.get(column) : "";
		}

	}

}
