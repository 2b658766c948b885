package se.steget.imports;

import java.util.List;

/**
 * A file's rows as text: the titles of the header row and the rows under it, each with
 * its row number as the spreadsheet shows it (the header is row 1). Blank rows are left
 * out.
 */
record ImportTable(List<String> header, List<Row> rows) {

	ImportTable {
		header = List.copyOf(header);
		rows = List.copyOf(rows);
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
