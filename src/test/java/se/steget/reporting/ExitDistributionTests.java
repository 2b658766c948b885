package se.steget.reporting;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.steget.core.GenderCounts;
import se.steget.core.ShownCounts;
import se.steget.enrollment.ExitReason;
import se.steget.outcome.OutcomeGroup;

import static org.assertj.core.api.Assertions.assertThat;

class ExitDistributionTests {

	private final ExitDistribution exits = new ExitDistribution(
			Map.of(OutcomeGroup.WORK, new GenderCounts(10, 2, 0), OutcomeGroup.OTHER, new GenderCounts(3, 10, 0)),
			Map.of(ExitReason.EMPLOYMENT, new GenderCounts(10, 2, 0), ExitReason.DROPOUT, new GenderCounts(3, 10, 0)));

	@Test
	void theReasonsAreCountedByGenderWithTheirShareOfEveryoneWhoLeft() {
		assertThat(this.exits.of(ExitReason.DROPOUT)).isEqualTo(new GenderCounts(3, 10, 0));
		assertThat(this.exits.of(ExitReason.MOVED)).isEqualTo(GenderCounts.ZERO);
		assertThat(this.exits.shownReasons(0).get(ExitReason.DROPOUT.ordinal()))
			.isEqualTo(new ShownCounts("3", "10", "0", "13"));
		assertThat(this.exits.shownPercent(ExitReason.DROPOUT, 0)).isEqualTo("52 %");
	}

	@Test
	void aSmallReasonIsHiddenAndCannotBeWorkedOutFromTheOtherReasonsOrTheTotals() {
		List<ShownCounts> shown = this.exits.shownReasons(5);
		ShownCounts employment = shown.get(ExitReason.EMPLOYMENT.ordinal());
		ShownCounts dropout = shown.get(ExitReason.DROPOUT.ordinal());
		assertThat(employment.men()).isNotEqualTo("2");
		assertThat(dropout.women()).isNotEqualTo("3");
		assertThat(dropout.men()).as("the men's other cell, or the men's 2 would follow from the total 12")
			.isNotEqualTo("10");
		assertThat(employment.women()).as("the women's other cell, or their 3 would follow from the total 13")
			.isNotEqualTo("10");
	}

}
