package se.steget.core;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Primary and complementary suppression of counts by gender: no hidden count follows by
 * subtraction from its row, its column or the whole.
 */
class GenderTableTests {

	@Test
	void aSmallCellHidesTheNextSmallestOfItsRow() {
		assertThat(GenderTable.row(new GenderCounts(10, 0, 3), 5)).isEqualTo(new ShownCounts("..", "0", "<5", "13"));
	}

	@Test
	void aRowWithoutSmallCellsIsShownAsItIs() {
		assertThat(GenderTable.row(new GenderCounts(10, 0, 7), 5)).isEqualTo(new ShownCounts("10", "0", "7", "17"));
	}

	@Test
	void twoSmallCellsCoverEachOther() {
		assertThat(GenderTable.row(new GenderCounts(2, 3, 20), 5)).isEqualTo(new ShownCounts("<5", "<5", "20", "25"));
	}

	@Test
	void withoutAThresholdNothingIsHidden() {
		assertThat(GenderTable.row(new GenderCounts(10, 0, 3), 1)).isEqualTo(new ShownCounts("10", "0", "3", "13"));
	}

	@Test
	void aPartHiddenInItsColumnHidesAnotherPartOfThatColumn() {
		var whole = new GenderCounts(20, 20, 0);
		var parts = List.of(new GenderCounts(3, 10, 0), new GenderCounts(7, 5, 0), new GenderCounts(10, 5, 0));
		List<ShownCounts> shown = GenderTable.parts(parts, whole, 5);
		assertThat(shown.get(0).women()).isEqualTo("<5");
		assertThat(shown.stream().filter((s) -> !s.women().matches("\\d+")).count()).isGreaterThanOrEqualTo(2);
		assertThat(derivable(parts, whole, shown, GenderTable.row(whole, 5))).isFalse();
	}

	@Test
	void theStatusesOfAProjectCoverEachOtherInTheirGendersColumn() {
		var enrolled = new GenderCounts(10, 12, 0);
		List<ShownCounts> shown = GenderTable.split(enrolled,
				List.of(new GenderCounts(2, 0, 0), new GenderCounts(8, 6, 0), GenderCounts.ZERO.plus(Gender.MAN, 6)),
				5);
		long hiddenWomen = shown.stream().filter((s) -> !s.women().matches("\\d+")).count();
		assertThat(hiddenWomen).isGreaterThanOrEqualTo(2);
	}

	@Property
	void noHiddenCountFollowsFromItsRowOrColumn(@ForAll("tables") List<GenderCounts> parts) {
		GenderCounts whole = parts.stream().reduce(GenderCounts.ZERO, GenderCounts::plus);
		List<ShownCounts> shown = GenderTable.parts(parts, whole, 5);
		assertThat(derivable(parts, whole, shown, GenderTable.row(whole, 5))).isFalse();
		for (ShownCounts row : GenderTable.rows(parts, 5)) {
			assertThat(hiddenInRow(row)).isNotEqualTo(1);
		}
	}

	@Provide
	Arbitrary<List<GenderCounts>> tables() {
		Arbitrary<Long> count = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 0)),
				net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(1, 4)),
				net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(5, 40)));
		Arbitrary<GenderCounts> row = Combinators.combine(count, count, count).as(GenderCounts::new);
		return row.list().ofMinSize(1).ofMaxSize(6);
	}

	/**
	 * Whether some hidden count is the only hidden one of its row (with its total) or of
	 * its column (with the whole): then subtraction gives it.
	 */
	static boolean derivable(List<GenderCounts> parts, GenderCounts whole, List<ShownCounts> shown,
			ShownCounts wholeShown) {
		for (ShownCounts row : shown) {
			if (hiddenInRow(row) == 1) {
				return true;
			}
		}
		for (int column = 0; column < 4; column++) {
			int hidden = hidden(cell(wholeShown, column)) ? 1 : 0;
			for (ShownCounts row : shown) {
				hidden += hidden(cell(row, column)) ? 1 : 0;
			}
			if (hidden == 1) {
				return true;
			}
		}
		return false;
	}

	static int hiddenInRow(ShownCounts row) {
		int hidden = 0;
		for (int column = 0; column < 4; column++) {
			hidden += hidden(cell(row, column)) ? 1 : 0;
		}
		return hidden;
	}

	private static String cell(ShownCounts row, int column) {
		return List.of(row.women(), row.men(), row.others(), row.total()).get(column);
	}

	private static boolean hidden(String shown) {
		return !shown.matches("\\d+");
	}

	@Test
	void theCheckerFindsAnUncoveredCell() {
		var parts = new ArrayList<GenderCounts>(List.of(new GenderCounts(10, 0, 3)));
		var naive = List.of(new ShownCounts("10", "0", "<5", "13"));
		assertThat(derivable(parts, parts.get(0), naive, naive.get(0))).isTrue();
	}

}
