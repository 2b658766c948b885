package se.steget.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import se.steget.outcome.Observation;
import se.steget.outcome.OutcomeKind;
import se.steget.outcome.OutcomeRules;
import se.steget.project.PriorityGroupView;

/**
 * Where one person stands on one goal as of a day.
 */
final class GoalEvaluation {

	private GoalEvaluation() {
	}

	static GoalStatus status(Goal goal, PriorityGroupView group, Starter person, List<Observation> observations,
			LocalDate today) {
		if (group != null && !group.matches(person.attributes(), person.startDate())) {
			return GoalStatus.OUTSIDE;
		}
		if (goal.measure() == GoalMeasure.STARTED) {
			return GoalStatus.REACHED;
		}
		if (person.exitDate() == null) {
			return GoalStatus.PENDING;
		}
		if (goal.population() == GoalPopulation.COMPLETERS && !person.completed()) {
			return GoalStatus.OUTSIDE;
		}
		if (goal.measure() == GoalMeasure.COMPLETED) {
			return person.completed() ? GoalStatus.REACHED : GoalStatus.NOT_REACHED;
		}
		return outcome(goal, person.exitDate(), observations, today);
	}

	/**
	 * Upon leaving, the four-week window must have closed; at a follow-up point, its day
	 * must have come.
	 */
	private static GoalStatus outcome(Goal goal, LocalDate exitDate, List<Observation> observations, LocalDate today) {
		Integer days = goal.daysAfterExit();
		LocalDate timePoint = exitDate.plusDays((days != null) ? days : OutcomeRules.UPON_LEAVING_DAYS);
		if (timePoint.isAfter(today)) {
			return GoalStatus.PENDING;
		}
		Optional<OutcomeKind> kind = (days != null) ? OutcomeRules.atFollowUp(days, observations)
				: OutcomeRules.uponLeaving(exitDate, observations);
		if (kind.isEmpty() || kind.get() == OutcomeKind.UNKNOWN) {
			return GoalStatus.UNKNOWN;
		}
		return goal.outcomeKinds().contains(kind.get()) ? GoalStatus.REACHED : GoalStatus.NOT_REACHED;
	}

}
