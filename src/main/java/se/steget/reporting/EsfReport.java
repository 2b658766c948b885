package se.steget.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.core.SmallCells;
import se.steget.access.AccessScope;
import se.steget.core.GenderCounts;
import se.steget.core.NotFoundException;
import se.steget.outcome.FollowUpPoint;
import se.steget.outcome.Observation;
import se.steget.outcome.OutcomeManagement;
import se.steget.project.ProjectSummary;
import se.steget.project.ProjectManagement;

/**
 * The ESF+ indicator report, computed live: every starter on entry, those who left at
 * least four weeks ago upon leaving, and those who left at least six months ago six
 * months after.
 */
@Service
@Transactional(readOnly = true)
public class EsfReport {

	/**
	 * The follow-up point that counts as six months after leaving is the one nearest
	 * this.
	 */
	static final int SIX_MONTHS_DAYS = 182;

	private final Starters starters;

	private final OutcomeManagement outcomes;

	private final ProjectManagement projects;

	private final Clock clock;

	private final SmallCells smallCells;

	EsfReport(Starters starters, OutcomeManagement outcomes, ProjectManagement projects, Clock clock,
			SmallCells smallCells) {
		this.starters = starters;
		this.outcomes = outcomes;
		this.projects = projects;
		this.clock = clock;
		this.smallCells = smallCells;
	}

	/**
	 * The report for one project, or for every project the user may see when none is
	 * given.
	 */
	public EsfReportView report(UUID projectId, AccessScope scope) {
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
		Map<EsfIndicator, GenderCounts> counts = new EnumMap<>(EsfIndicator.class);
		for (ProjectSummary project : shown) {
			Map<UUID, List<Observation>> observations = this.outcomes.observations(project.id());
			Integer sixMonths = sixMonthPoint(project.id());
			for (Starter person : this.starters.of(project.id(), null)) {
				EsfIndicator.Case c = EsfIndicator.Case.of(person,
						observations.getOrDefault(person.enrollmentId(), List.of()), sixMonths, today);
				for (EsfIndicator indicator : EsfIndicator.values()) {
					if (c.in(indicator.section()) && indicator.counts(c)) {
						counts.merge(indicator, GenderCounts.ZERO.plus(person.gender(), 1), GenderCounts::plus);
					}
				}
			}
		}
		String name = (projectId != null) ? shown.get(0).name() : null;
		return new EsfReportView(today, name, this.smallCells.thresholdFor(scope.seesSuppressedFigures()), counts);
	}

	private Integer sixMonthPoint(UUID projectId) {
		return this.outcomes.followUpPoints(projectId)
			.stream()
			.map(FollowUpPoint::daysAfterExit)
			.filter((days) -> Math.abs(days - SIX_MONTHS_DAYS) <= 31)
			.min((a, b) -> Math.abs(a - SIX_MONTHS_DAYS) - Math.abs(b - SIX_MONTHS_DAYS))
			.orElse(null);
	}

}
