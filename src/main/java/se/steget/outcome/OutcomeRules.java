package se.steget.outcome;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which recorded outcome counts at a time point. Upon leaving, the ESF+ rule applies: of
 * what happened within four weeks of leaving, only the last event counts. At a follow-up
 * point, the latest outcome recorded for that point counts.
 */
public final class OutcomeRules {

	/** The ESF+ window after leaving in which events count as the result upon leaving. */
	public static final int UPON_LEAVING_DAYS = 28;

	private static final Comparator<Observation> LATEST = Comparator.comparing(Observation::observedOn)
		.thenComparing(Observation::recordedAt);

	private OutcomeRules() {
	}

	/** The last event from the exit day to four weeks after it. */
	public static Optional<OutcomeKind> uponLeaving(LocalDate exitDate, List<Observation> observations) {
		LocalDate windowEnd = exitDate.plusDays(UPON_LEAVING_DAYS);
		return observations.stream()
			.filter((o) -> !o.observedOn().isBefore(exitDate) && !o.observedOn().isAfter(windowEnd))
			.max(LATEST)
			.map(Observation::kind);
	}

	/**
	 * The latest outcome recorded for the follow-up point this many days after the exit.
	 */
	public static Optional<OutcomeKind> atFollowUp(int daysAfterExit, List<Observation> observations) {
		return observations.stream()
			.filter((o) -> o.daysAfterExit() != null && o.daysAfterExit() == daysAfterExit)
			.max(LATEST)
			.map(Observation::kind);
	}

	/**
	 * The ESF+ result upon leaving: one indicator at most, so that employment and job
	 * searching exclude each other.
	 */
	public static EsfResult esfResultUponLeaving(LocalDate exitDate, List<Observation> observations) {
		return uponLeaving(exitDate, observations).map(OutcomeKind::esfResult).orElse(EsfResult.NONE);
	}

}
