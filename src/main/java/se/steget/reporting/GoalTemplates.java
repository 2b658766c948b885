package se.steget.reporting;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.steget.outcome.OutcomeKind;

/**
 * The seed projects' goals, as their project descriptions state them, keyed by the
 * project template they come with.
 */
final class GoalTemplates {

	static final Set<OutcomeKind> WORK = EnumSet.of(OutcomeKind.EMPLOYMENT, OutcomeKind.SELF_EMPLOYMENT,
			OutcomeKind.SOCIAL_ENTERPRISE);

	static final Set<OutcomeKind> WORK_OR_STUDIES = EnumSet.of(OutcomeKind.EMPLOYMENT, OutcomeKind.SELF_EMPLOYMENT,
			OutcomeKind.SOCIAL_ENTERPRISE, OutcomeKind.REGULAR_STUDIES, OutcomeKind.LABOUR_MARKET_TRAINING,
			OutcomeKind.JOB_TRACK);

	static final Set<OutcomeKind> CLOSER = EnumSet.of(OutcomeKind.EMPLOYMENT, OutcomeKind.SELF_EMPLOYMENT,
			OutcomeKind.SOCIAL_ENTERPRISE, OutcomeKind.REGULAR_STUDIES, OutcomeKind.LABOUR_MARKET_TRAINING,
			OutcomeKind.JOB_TRACK, OutcomeKind.CLOSER_TO_LABOUR_MARKET);

	private static final Set<OutcomeKind> ANY_EXIT = EnumSet.complementOf(EnumSet.of(OutcomeKind.UNKNOWN));

	/** A goal as a template states it; the priority group is named, as the template's. */
	record TemplateGoal(String name, GoalPopulation population, String priorityGroup, GoalMeasure measure,
			Set<OutcomeKind> kinds, Integer daysAfterExit, Integer targetPercent, Integer targetCount) {

	}

	private static final Map<String, List<TemplateGoal>> GOALS = Map.of("jobbkontakten",
			List.of(outcome("Arbete, studier eller annan avgång 90 dagar efter avslut", ANY_EXIT, 90, 50)), "opis",
			List.of(new TemplateGoal("Minst 400 deltagare börjar", GoalPopulation.STARTERS, null, GoalMeasure.STARTED,
					Set.of(), null, null, 400),
					new TemplateGoal("Fullföljer projektet", GoalPopulation.STARTERS, null, GoalMeasure.COMPLETED,
							Set.of(), null, 80, null),
					new TemplateGoal("Arbete, jobbspår eller studier 90 dagar efter avslut", GoalPopulation.COMPLETERS,
							null, GoalMeasure.OUTCOME, WORK_OR_STUDIES, 90, 60, null)),
			"jobbfokus",
			List.of(outcome("Till arbete", WORK, null, 50), outcome("Närmare arbetsmarknaden", CLOSER, null, 50)),
			"creadiem", List.of(outcome("Närmare arbetsmarknaden", CLOSER, null, 70),
					outcome("Till socialt företag", EnumSet.of(OutcomeKind.SOCIAL_ENTERPRISE), null, 5)));

	private GoalTemplates() {
	}

	static List<TemplateGoal> of(String templateKey) {
		return (templateKey != null) ? GOALS.getOrDefault(templateKey, List.of()) : List.of();
	}

	private static TemplateGoal outcome(String name, Set<OutcomeKind> kinds, Integer days, int percent) {
		return new TemplateGoal(name, GoalPopulation.STARTERS, null, GoalMeasure.OUTCOME, kinds, days, percent, null);
	}

}
