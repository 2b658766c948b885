package se.steget.outcome;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeRulesTests {

	private static final LocalDate EXIT = LocalDate.of(2025, 3, 3);

	@Test
	void uponLeavingCountsOnlyEventsFromTheExitToFourWeeksAfter() {
		List<Observation> events = List.of(at(-1, OutcomeKind.EMPLOYMENT), at(29, OutcomeKind.REGULAR_STUDIES));
		assertThat(OutcomeRules.uponLeaving(EXIT, events)).isEmpty();
		assertThat(OutcomeRules.uponLeaving(EXIT, List.of(at(0, OutcomeKind.JOB_SEARCHING))))
			.contains(OutcomeKind.JOB_SEARCHING);
		assertThat(OutcomeRules.uponLeaving(EXIT, List.of(at(28, OutcomeKind.EMPLOYMENT))))
			.contains(OutcomeKind.EMPLOYMENT);
	}

	@Test
	void onlyTheLastEventInTheWindowCounts() {
		List<Observation> events = List.of(at(20, OutcomeKind.EMPLOYMENT), at(3, OutcomeKind.JOB_SEARCHING),
				at(10, OutcomeKind.LABOUR_MARKET_TRAINING));
		assertThat(OutcomeRules.uponLeaving(EXIT, events)).contains(OutcomeKind.EMPLOYMENT);
		assertThat(OutcomeRules.esfResultUponLeaving(EXIT, events)).isEqualTo(EsfResult.IN_EMPLOYMENT);
	}

	@Test
	void onTheSameDayTheLaterRecordCounts() {
		var morning = new Observation(null, EXIT.plusDays(5), LocalDateTime.of(2025, 3, 8, 9, 0),
				OutcomeKind.EMPLOYMENT);
		var afternoon = new Observation(null, EXIT.plusDays(5), LocalDateTime.of(2025, 3, 8, 15, 0),
				OutcomeKind.JOB_SEARCHING);
		assertThat(OutcomeRules.uponLeaving(EXIT, List.of(afternoon, morning))).contains(OutcomeKind.JOB_SEARCHING);
	}

	@Test
	void employmentAndJobSearchingExcludeEachOther() {
		List<Observation> searchingThenWork = List.of(at(2, OutcomeKind.JOB_SEARCHING), at(15, OutcomeKind.EMPLOYMENT));
		List<Observation> workThenSearching = List.of(at(2, OutcomeKind.EMPLOYMENT), at(15, OutcomeKind.JOB_SEARCHING));
		assertThat(OutcomeRules.esfResultUponLeaving(EXIT, searchingThenWork)).isEqualTo(EsfResult.IN_EMPLOYMENT);
		assertThat(OutcomeRules.esfResultUponLeaving(EXIT, workThenSearching)).isEqualTo(EsfResult.JOB_SEARCHING);
		assertThat(OutcomeRules.esfResultUponLeaving(EXIT, List.of())).isEqualTo(EsfResult.NONE);
	}

	@Test
	void aFollowUpCountsTheOutcomeRecordedForItsPoint() {
		List<Observation> events = List.of(at(0, OutcomeKind.JOB_SEARCHING),
				new Observation(90, EXIT.plusDays(93), LocalDateTime.of(2025, 6, 4, 10, 0), OutcomeKind.EMPLOYMENT),
				new Observation(182, EXIT.plusDays(185), LocalDateTime.of(2025, 9, 4, 10, 0), OutcomeKind.MOVED));
		assertThat(OutcomeRules.atFollowUp(90, events)).contains(OutcomeKind.EMPLOYMENT);
		assertThat(OutcomeRules.atFollowUp(182, events)).contains(OutcomeKind.MOVED);
		assertThat(OutcomeRules.atFollowUp(28, events)).isEmpty();
	}

	private static Observation at(int daysAfterExit, OutcomeKind kind) {
		return new Observation(null, EXIT.plusDays(daysAfterExit), EXIT.plusDays(daysAfterExit).atTime(12, 0), kind);
	}

}
