package se.steget.imports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.steget.core.PersonalIdentityNumber;

/**
 * The rows of a file that share a personal identity number, found without keeping a
 * string per row: each number is held as a long beside its row's place, so a million rows
 * take a few megabytes.
 */
final class RepeatedNumbers {

	/** A 12-digit number is below 2^38, so it leaves 24 bits for the row's place. */
	private static final int PLACE_BITS = 24;

	private static final long PLACES = 1L << PLACE_BITS;

	private long[] numbered = new long[1024];

	private int[] rows = new int[1024];

	private int count;

	/** Notes the row's number, if the text is one; others are left out. */
	void add(int row, String text) {
		long number;
		try {
			number = Long.parseLong(PersonalIdentityNumber.parse(text).value());
		}
		catch (IllegalArgumentException ex) {
			return;
		}
		if (this.count == this.numbered.length) {
			this.numbered = Arrays.copyOf(this.numbered, this.count * 2);
			this.rows = Arrays.copyOf(this.rows, this.count * 2);
		}
		if (this.count >= PLACES) {
			throw new IllegalStateException("More rows than a file may have");
		}
		this.numbered[this.count] = (number << PLACE_BITS) | this.count;
		this.rows[this.count] = row;
		this.count++;
	}

	/** For each row whose number another row has too, the numbers of those other rows. */
	Map<Integer, List<Integer>> repeats() {
		long[] sorted = Arrays.copyOf(this.numbered, this.count);
		Arrays.sort(sorted);
		Map<Integer, List<Integer>> repeats = new HashMap<>();
		int start = 0;
		for (int i = 1; i <= sorted.length; i++) {
			if (i == sorted.length || (sorted[i] >>> PLACE_BITS) != (sorted[start] >>> PLACE_BITS)) {
				if (i - start > 1) {
					List<Integer> same = Arrays.stream(sorted, start, i)
						.mapToInt((packed) -> this.rows[(int) (packed & (PLACES - 1))])
						.sorted()
						.boxed()
						.toList();
					same.forEach(
							(row) -> repeats.put(row, same.stream().filter((other) -> !other.equals(row)).toList()));
				}
				start = i;
			}
		}
		return repeats;
	}

}
