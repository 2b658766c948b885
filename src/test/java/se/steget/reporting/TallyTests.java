package se.steget.reporting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TallyTests {

	@Test
	void smallCellsAndTheSharesTheyWouldRevealAreHidden() {
		Tally tally = new Tally(12, 3, 9, 0, 0, 12);
		assertThat(tally.shown(3, 5)).isEqualTo("<5");
		assertThat(tally.shownPercent(5)).isEqualTo("<5");
		assertThat(tally.shownPercent(1)).isEqualTo("25 %");
		assertThat(new Tally(20, 10, 10, 0, 0, 20).shownPercent(5)).isEqualTo("50 %");
		assertThat(new Tally(20, 18, 2, 0, 0, 20).shownPercent(5)).isEqualTo("<5");
	}

	@Test
	void theForecastCarriesTheRateSoFarOverThoseStillPending() {
		Forecast forecast = Forecast.ofShare(new Tally(200, 60, 40, 0, 100, 200));
		assertThat(forecast.expected()).isEqualTo(60);
		assertThat(forecast.low()).isBetween(50, 59);
		assertThat(forecast.high()).isBetween(61, 70);
		Forecast starts = Forecast.ofCount(100, 365, 365);
		assertThat(starts.expected()).isEqualTo(200);
		assertThat(starts.low()).isLessThan(200);
		assertThat(starts.high()).isGreaterThan(200);
	}

}
