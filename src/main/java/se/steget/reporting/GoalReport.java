package se.steget.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.core.SmallCells;
import se.steget.access.AccessScope;
import se.steget.core.GenderCounts;
import se.steget.core.NotFoundException;
import se.steget.outcome.Observation;
import se.steget.enrollment.ExitReason;
import se.steget.outcome.OutcomeGroup;
import se.steget.outcome.OutcomeKind;
import se.steget.outcome.OutcomeManagement;
import se.steget.outcome.OutcomeRules;
import se.steget.project.PriorityGroupManagement;
import se.steget.project.PriorityGroupView;
import se.steget.project.ProjectManagement;
import se.steget.project.ProjectSummary;
import se.steget.project.ProjectView;

/**
 * The goal report, computed live from the database: each goal's attainment among those
 * whose time point has passed, by gender and one more dimension, with a forecast. Nothing
 * in it names a person; small cells are hidden from those who see aggregates only.
 */
@Service
@Transactional(readOnly = true)
public class GoalReport {

	private final Starters starters;

	private final ProjectManagement projects;

	private final GoalManagement goals;

	private final PriorityGroupManagement groups;

	private final OutcomeManagement outcomes;

	private final Clock clock;

	private final SmallCells smallCells;

	GoalReport(Starters starters, ProjectManagement projects, GoalManagement goals, PriorityGroupManagement groups,
			OutcomeManagement outcomes, Clock clock, SmallCells smallCells) {
		this.starters = starters;
		this.projects = projects;
		this.goals = goals;
		this.groups = groups;
		this.outcomes = outcomes;
		this.clock = clock;
		this.smallCells = smallCells;
	}

	/**
	 * The most projects reported at once when none is chosen. Each project's goals are
	 * counted from its cases; across a national programme the outcome overview, from the
	 * kept summary, answers instead.
	 */
	static final int MOST_PROJECTS_AT_ONCE = 12;

	/**
	 * The report for one project, or every project the user may see when none is given
	 * (unless they are more than {@link #MOST_PROJECTS_AT_ONCE}: then the user chooses);
	 * for the participants from one municipality when one is given.
	 */
	public GoalReportView report(UUID projectId, String municipalityCode, Breakdown breakdown, AccessScope scope) {
		if (!scope.seesFigures()) {
			throw new NotFoundException("Project");
		}
		List<ProjectSummary> shown = this.projects.visible(scope)
			.stream()
			.filter((p) -> projectId == null || p.id().equals(projectId))
			.toList();
		if (projectId != null && shown.isEmpty()) {
			throw new NotFoundException("Project");
		}
		LocalDate today = LocalDate.now(this.clock);
		int threshold = this.smallCells.thresholdFor(scope.seesSuppressedFigures());
		if (shown.size() > MOST_PROJECTS_AT_ONCE) {
			return new GoalReportView(today, breakdown, municipalityCode, threshold, null, List.of(), shown.size());
		}
		List<ProjectGoals> results = new ArrayList<>();
		List<Starter> everyone = new ArrayList<>();
		Map<UUID, List<Observation>> allObservations = new HashMap<>();
		for (ProjectSummary project : shown) {
			List<Starter> starters = this.starters.of(project.id(), municipalityCode);
			Map<UUID, List<Observation>> observations = this.outcomes.observations(project.id());
			results.add(projectGoals(this.projects.get(project.id(), scope), starters, observations, breakdown, today));
			everyone.addAll(starters);
			allObservations.putAll(observations);
		}
		ProjectGoals all = (shown.size() > 1) ? new ProjectGoals(null, null, List.of(),
				exits(everyone, allObservations), flow(everyone, allObservations, today)) : null;
		return new GoalReportView(today, breakdown, municipalityCode, threshold, all, results, 0);
	}

	private ProjectGoals projectGoals(ProjectView project, List<Starter> starters,
			Map<UUID, List<Observation>> observations, Breakdown breakdown, LocalDate today) {
		Map<UUID, PriorityGroupView> priorityGroups = new HashMap<>();
		this.groups.groups(project.id()).forEach((g) -> priorityGroups.put(g.id(), g));
		List<GoalResult> results = new ArrayList<>();
		for (Goal goal : this.goals.goals(project.id())) {
			PriorityGroupView group = (goal.priorityGroupId() != null) ? priorityGroups.get(goal.priorityGroupId())
					: null;
			Attainment attainment = Attainment.of(goal, group, starters, observations, breakdown, today);
			results.add(new GoalResult(goal, (group != null) ? group.name() : null, attainment.byGender(),
					attainment.rows(), forecast(goal, attainment.byGender().total(), project, today)));
		}
		return new ProjectGoals(project.id(), project.name(), results, exits(starters, observations),
				flow(starters, observations, today));
	}

	private static Forecast forecast(Goal goal, Tally total, ProjectView project, LocalDate today) {
		if (goal.measure() != GoalMeasure.STARTED) {
			return Forecast.ofShare(total);
		}
		LocalDate start = (project.periodStart() != null) ? project.periodStart() : today;
		LocalDate end = (project.periodEnd() != null) ? project.periodEnd() : today;
		LocalDate until = today.isAfter(end) ? end : today;
		return Forecast.ofCount(total.reached(), ChronoUnit.DAYS.between(start, until),
				Math.max(0, ChronoUnit.DAYS.between(until, end)));
	}

	/**
	 * The paths of those who have left: obstacle at the start, outcome upon leaving,
	 * situation 90 days after; the most common first.
	 */
	static List<FlowRow> flow(List<Starter> starters, Map<UUID, List<Observation>> observations, LocalDate today) {
		Map<List<Object>, GenderCounts> paths = new HashMap<>();
		for (Starter person : starters) {
			if (person.exitDate() == null) {
				continue;
			}
			List<Observation> own = observations.getOrDefault(person.enrollmentId(), List.of());
			OutcomeGroup upon = OutcomeRules.uponLeaving(person.exitDate(), own)
				.map(OutcomeKind::group)
				.orElse(OutcomeGroup.UNKNOWN);
			OutcomeGroup later = person.exitDate().plusDays(FlowRow.FOLLOW_UP_DAYS).isAfter(today) ? null
					: OutcomeRules.atFollowUp(FlowRow.FOLLOW_UP_DAYS, own)
						.map(OutcomeKind::group)
						.orElse(OutcomeGroup.UNKNOWN);
			paths.merge(Arrays.asList(Obstacle.of(person), upon, later), GenderCounts.ZERO.plus(person.gender(), 1),
					GenderCounts::plus);
		}
		return paths.entrySet()
			.stream()
			.map((e) -> new FlowRow((Obstacle) e.getKey().get(0), (OutcomeGroup) e.getKey().get(1),
					(OutcomeGroup) e.getKey().get(2), e.getValue()))
			.sorted(Comparator.comparing(FlowRow::obstacle)
				.thenComparing((FlowRow r) -> -r.counts().total())
				.thenComparing(FlowRow::uponLeaving)
				.thenComparing(FlowRow::after90Days, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	/**
	 * What those who have left did upon leaving, by outcome group and gender, and why
	 * they left.
	 */
	static ExitDistribution exits(List<Starter> starters, Map<UUID, List<Observation>> observations) {
		Map<OutcomeGroup, GenderCounts> groups = new EnumMap<>(OutcomeGroup.class);
		Map<ExitReason, GenderCounts> reasons = new EnumMap<>(ExitReason.class);
		for (Starter person : starters) {
			if (person.exitDate() != null) {
				reasons.merge((person.exitReason() != null) ? person.exitReason() : ExitReason.OTHER,
						GenderCounts.ZERO.plus(person.gender(), 1), GenderCounts::plus);
				OutcomeGroup group = OutcomeRules
					.uponLeaving(person.exitDate(), observations.getOrDefault(person.enrollmentId(), List.of()))
					.map(OutcomeKind::group)
					.orElse(OutcomeGroup.UNKNOWN);
				groups.merge(group, GenderCounts.ZERO.plus(person.gender(), 1), GenderCounts::plus);
			}
		}
		return new ExitDistribution(groups, reasons);
	}

}
