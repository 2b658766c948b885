package se.steget.core;

import java.util.ArrayList;
import java.util.List;

import se.steget.core.Suppression.Hidden;

/**
 * Tables of counts by gender (women, men, others, total) as aggregate views show them,
 * with {@link Suppression}: each row's total ties its row, and where rows are the parts
 * of a whole, each column ties the parts to the whole.
 */
public final class GenderTable {

	private GenderTable() {
	}

	/** One count by gender on its own. */
	public static ShownCounts row(GenderCounts counts, int threshold) {
		return rows(List.of(counts), threshold).get(0);
	}

	/**
	 * Rows that overlap or stand alone (stages reached, priority groups): rows tie only.
	 */
	public static List<ShownCounts> rows(List<GenderCounts> rows, int threshold) {
		var table = new Suppression();
		List<int[]> cells = new ArrayList<>();
		for (GenderCounts row : rows) {
			cells.add(row(table, row));
		}
		return shown(table.suppress(threshold), rows, cells, threshold);
	}

	/**
	 * Rows that are the parts of a whole shown elsewhere as {@link #row} shows it (the
	 * leavers by what they did, of all leavers): columns tie the parts to the whole,
	 * whose own figures are never hidden here beyond what its own row hides.
	 */
	public static List<ShownCounts> parts(List<GenderCounts> parts, GenderCounts whole, int threshold) {
		ShownCounts wholeShown = row(whole, threshold);
		var table = new Suppression();
		int[] wholeCells = { fixed(table, whole.women(), wholeShown.women()),
				fixed(table, whole.men(), wholeShown.men()), fixed(table, whole.others(), wholeShown.others()),
				fixed(table, whole.total(), wholeShown.total()) };
		List<int[]> cells = new ArrayList<>();
		for (GenderCounts part : parts) {
			cells.add(row(table, part));
		}
		for (int column = 0; column < 4; column++) {
			int[] line = new int[parts.size() + 1];
			line[0] = wholeCells[column];
			for (int i = 0; i < parts.size(); i++) {
				line[i + 1] = cells.get(i)[column];
			}
			table.line(line);
		}
		return shown(table.suppress(threshold), parts, cells, threshold);
	}

	/**
	 * A whole and its parts side by side, by gender only with no totals shown (a
	 * project's enrolled, of whom in intake, active and exited): each gender's column
	 * ties the parts to the whole; the whole comes first in the answer, and the totals
	 * are empty.
	 */
	public static List<ShownCounts> split(GenderCounts whole, List<GenderCounts> parts, int threshold) {
		List<GenderCounts> rows = new ArrayList<>();
		rows.add(whole);
		rows.addAll(parts);
		var table = new Suppression();
		List<int[]> cells = new ArrayList<>();
		for (GenderCounts row : rows) {
			cells.add(new int[] { table.cell(row.women()), table.cell(row.men()), table.cell(row.others()) });
		}
		for (int gender = 0; gender < 3; gender++) {
			int[] line = new int[rows.size()];
			for (int i = 0; i < rows.size(); i++) {
				line[i] = cells.get(i)[gender];
			}
			table.line(line);
		}
		Hidden[] hidden = table.suppress(threshold);
		List<ShownCounts> shown = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			GenderCounts row = rows.get(i);
			int[] c = cells.get(i);
			shown.add(new ShownCounts(hidden[c[0]].show(row.women(), threshold),
					hidden[c[1]].show(row.men(), threshold), hidden[c[2]].show(row.others(), threshold), ""));
		}
		return shown;
	}

	private static int[] row(Suppression table, GenderCounts counts) {
		int[] cells = { table.cell(counts.women()), table.cell(counts.men()), table.cell(counts.others()),
				table.cell(counts.total()) };
		table.line(cells);
		return cells;
	}

	private static int fixed(Suppression table, long value, String shown) {
		return table.fixedCell(value, !shown.equals(String.valueOf(value)));
	}

	private static List<ShownCounts> shown(Hidden[] hidden, List<GenderCounts> rows, List<int[]> cells, int threshold) {
		List<ShownCounts> shown = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			GenderCounts row = rows.get(i);
			int[] c = cells.get(i);
			shown
				.add(new ShownCounts(hidden[c[0]].show(row.women(), threshold), hidden[c[1]].show(row.men(), threshold),
						hidden[c[2]].show(row.others(), threshold), hidden[c[3]].show(row.total(), threshold)));
		}
		return shown;
	}

}
