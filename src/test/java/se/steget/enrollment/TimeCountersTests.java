package se.steget.enrollment;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeCountersTests {

	private static final LocalDate START = LocalDate.of(2025, 1, 1);

	private static final LocalDate TODAY = START.plusDays(200);

	@Test
	void countsCalendarDaysWithoutPauses() {
		assertThat(TimeCounters.of(START, null, START.plusDays(50), 0, 0, null, true, TODAY))
			.isEqualTo(new TimeCounters(200, 200, 150L));
	}

	@Test
	void leavesOutClosedAndOngoingPausesWhereTheRulesSaySo() {
		assertThat(TimeCounters.of(START, null, START.plusDays(50), 20, 5, TODAY.minusDays(10), true, TODAY))
			.isEqualTo(new TimeCounters(200, 170, 135L));
		assertThat(TimeCounters.of(START, null, START.plusDays(50), 20, 5, TODAY.minusDays(10), false, TODAY))
			.isEqualTo(new TimeCounters(200, 200, 150L));
	}

	@Test
	void stopsCountingAtTheExit() {
		assertThat(TimeCounters.of(START, START.plusDays(90), null, 0, 0, null, true, TODAY))
			.isEqualTo(new TimeCounters(90, 90, null));
	}

	@Test
	void warnsBeforeTheLimitAndFlagsPastIt() {
		assertThat(LimitState.of(100L, 150, 14)).isEqualTo(LimitState.NONE);
		assertThat(LimitState.of(136L, 150, 14)).isEqualTo(LimitState.NEAR);
		assertThat(LimitState.of(150L, 150, 14)).isEqualTo(LimitState.NEAR);
		assertThat(LimitState.of(151L, 150, 14)).isEqualTo(LimitState.PAST);
		assertThat(LimitState.of(151L, null, 14)).isEqualTo(LimitState.NONE);
		assertThat(LimitState.of(null, 150, 14)).isEqualTo(LimitState.NONE);
	}

}
