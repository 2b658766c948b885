package se.steget.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GenderCountsTests {

	@Test
	void addsByGenderAndCountsOthersTogether() {
		var counts = GenderCounts.ZERO.plus(Gender.WOMAN, 3)
			.plus(Gender.MAN, 2)
			.plus(Gender.NON_BINARY, 1)
			.plus(Gender.NOT_STATED, 1);
		assertThat(counts).isEqualTo(new GenderCounts(3, 2, 2));
		assertThat(counts.total()).isEqualTo(7);
	}

	@Test
	void hidesSmallCellsButNotZeroOrLarger() {
		assertThat(GenderCounts.shown(0, 5)).isEqualTo("0");
		assertThat(GenderCounts.shown(1, 5)).isEqualTo("<5");
		assertThat(GenderCounts.shown(4, 5)).isEqualTo("<5");
		assertThat(GenderCounts.shown(5, 5)).isEqualTo("5");
		assertThat(GenderCounts.shown(3, 1)).isEqualTo("3");
	}

}
