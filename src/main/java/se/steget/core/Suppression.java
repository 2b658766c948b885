package se.steget.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Which counts of a table an aggregate view hides, so that no one can be singled out and
 * no hidden count can be worked out from the counts shown.
 * <p>
 * The method is primary and complementary (secondary) cell suppression with the
 * smallest-cell rule, as statistics offices describe it: counts from 1 to below the
 * threshold are hidden (primary); then, as long as some line of the table (a row with its
 * total, a column with its total, or any figures of which one is the sum of the others)
 * has exactly one hidden count, the smallest other count of that line is hidden too
 * (complementary), a count that is not zero before a zero. A cell marked fixed is shown
 * as it is elsewhere, so it is never chosen as a complement.
 */
public final class Suppression {

	private final List<Long> values = new ArrayList<>();

	private final List<Boolean> fixed = new ArrayList<>();

	private final List<Boolean> hiddenElsewhere = new ArrayList<>();

	private final List<int[]> lines = new ArrayList<>();

	/** Adds a count and returns its index. */
	public int cell(long value) {
		return add(value, false, false);
	}

	/**
	 * Adds a count shown or hidden elsewhere, as it is there: never chosen as a
	 * complement here.
	 */
	public int fixedCell(long value, boolean hidden) {
		return add(value, true, hidden);
	}

	/** Ties counts together: any one of them follows from the others. */
	public void line(int... cells) {
		this.lines.add(cells.clone());
	}

	/** Decides which counts are hidden, and why. */
	public Hidden[] suppress(int threshold) {
		int n = this.values.size();
		Hidden[] hidden = new Hidden[n];
		for (int i = 0; i < n; i++) {
			long v = this.values.get(i);
			if (this.fixed.get(i)) {
				hidden[i] = this.hiddenElsewhere.get(i) ? Hidden.COMPLEMENT : Hidden.NO;
			}
			else {
				hidden[i] = (v > 0 && v < threshold) ? Hidden.SMALL : Hidden.NO;
			}
		}
		if (threshold <= 1) {
			return hidden;
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int[] line : this.lines) {
				if (hiddenIn(line, hidden) == 1) {
					int complement = complement(line, hidden);
					if (complement >= 0) {
						hidden[complement] = Hidden.COMPLEMENT;
						changed = true;
					}
				}
			}
		}
		return hidden;
	}

	private int add(long value, boolean isFixed, boolean hidden) {
		this.values.add(value);
		this.fixed.add(isFixed);
		this.hiddenElsewhere.add(hidden);
		return this.values.size() - 1;
	}

	private static int hiddenIn(int[] line, Hidden[] hidden) {
		int count = 0;
		for (int cell : line) {
			if (hidden[cell] != Hidden.NO) {
				count++;
			}
		}
		return count;
	}

	private int complement(int[] line, Hidden[] hidden) {
		int best = -1;
		for (int cell : line) {
			if (hidden[cell] == Hidden.NO && !this.fixed.get(cell) && (best < 0 || rank(cell) < rank(best))) {
				best = cell;
			}
		}
		return best;
	}

	/** Non-zero counts first, the smallest of them first; zeros last. */
	private long rank(int cell) {
		long v = this.values.get(cell);
		return (v == 0) ? Long.MAX_VALUE : v;
	}

	/** Whether and why a count is hidden. */
	public enum Hidden {

		NO, SMALL, COMPLEMENT;

		/** The count as shown: the number, {@code <threshold}, or {@code ..}. */
		public String show(long value, int threshold) {
			return switch (this) {
				case NO -> String.valueOf(value);
				case SMALL -> "<" + threshold;
				case COMPLEMENT -> "..";
			};
		}

	}

}
