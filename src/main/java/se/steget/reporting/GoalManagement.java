package se.steget.reporting;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import se.steget.access.AccessScope;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.outcome.OutcomeKind;
import se.steget.project.PriorityGroupManagement;
import se.steget.project.PriorityGroupView;
import se.steget.project.ProjectCreated;

/**
 * The projects' goals and follow-up points. A new project gets follow-ups after four
 * weeks, 90 days and six months, and its template's goals.
 */
@Service
@Transactional(readOnly = true)
public class GoalManagement {

	private static final String SELECT = "select id, project_id, name, population, priority_group_id, measure,"
			+ " outcome_kinds, days_after_exit, target_percent, target_count from goal";

	private final JdbcClient jdbc;

	private final PriorityGroupManagement groups;

	GoalManagement(JdbcClient jdbc, PriorityGroupManagement groups) {
		this.jdbc = jdbc;
		this.groups = groups;
	}

	public List<Goal> goals(UUID projectId) {
		return this.jdbc.sql(SELECT + " where project_id = ? order by position")
			.param(projectId)
			.query((rs, n) -> new Goal(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
					rs.getString("name"), GoalPopulation.valueOf(rs.getString("population")),
					rs.getObject("priority_group_id", UUID.class), GoalMeasure.valueOf(rs.getString("measure")),
					kinds(rs.getString("outcome_kinds")), (Integer) rs.getObject("days_after_exit"),
					(Integer) rs.getObject("target_percent"), (Integer) rs.getObject("target_count")))
			.list();
	}

	@Transactional
	public UUID add(UUID projectId, GoalForm form, AccessScope scope) {
		if (!scope.canManageProjects() || !scope.canSeeProject(projectId)) {
			throw new NotFoundException("Project");
		}
		if (form.getMeasure() == GoalMeasure.STARTED && form.getTargetCount() == null) {
			throw new RejectedInputException("targetCount", "error.required");
		}
		if (form.getMeasure() != GoalMeasure.STARTED && form.getTargetPercent() == null) {
			throw new RejectedInputException("targetPercent", "error.required");
		}
		if (form.getMeasure() == GoalMeasure.OUTCOME && form.getOutcomeKinds().isEmpty()) {
			throw new RejectedInputException("outcomeKinds", "error.chooseOutcome");
		}
		if (form.getPriorityGroupId() != null
				&& this.groups.groups(projectId).stream().noneMatch((g) -> g.id().equals(form.getPriorityGroupId()))) {
			throw new RejectedInputException("priorityGroupId", "error.unknownPriorityGroup");
		}
		return insert(projectId, form.getName().strip(), form.getPopulation(), form.getPriorityGroupId(),
				form.getMeasure(), form.getOutcomeKinds(), form.getDaysAfterExit(), form.getTargetPercent(),
				form.getTargetCount());
	}

	@Transactional
	public void delete(UUID projectId, UUID goalId, AccessScope scope) {
		if (!scope.canManageProjects() || !scope.canSeeProject(projectId)) {
			throw new NotFoundException("Project");
		}
		this.jdbc.sql("delete from goal where id = ? and project_id = ?").params(goalId, projectId).update();
	}

	/**
	 * Gives a new project its follow-up points and its template's goals, before it
	 * commits.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(ProjectCreated event) {
		List<PriorityGroupView> projectGroups = this.groups.groups(event.projectId());
		for (GoalTemplates.TemplateGoal goal : GoalTemplates.of(event.templateKey())) {
			UUID group = projectGroups.stream()
				.filter((g) -> g.name().equals(goal.priorityGroup()))
				.map(PriorityGroupView::id)
				.findFirst()
				.orElse(null);
			insert(event.projectId(), goal.name(), goal.population(), group, goal.measure(), goal.kinds(),
					goal.daysAfterExit(), goal.targetPercent(), goal.targetCount());
		}
	}

	private UUID insert(UUID projectId, String name, GoalPopulation population, UUID group, GoalMeasure measure,
			Set<OutcomeKind> kinds, Integer days, Integer percent, Integer count) {
		UUID id = UUID.randomUUID();
		int position = this.jdbc.sql("select coalesce(max(position), 0) + 1 from goal where project_id = ?")
			.param(projectId)
			.query(Integer.class)
			.single();
		this.jdbc.sql("insert into goal (id, project_id, name, population, priority_group_id, measure, outcome_kinds,"
				+ " days_after_exit, target_percent, target_count, position) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, projectId, name, population.name(), group, measure.name(),
					kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(",")), days, percent, count,
					position)
			.update();
		return id;
	}

	private static Set<OutcomeKind> kinds(String text) {
		if (text == null || text.isBlank()) {
			return EnumSet.noneOf(OutcomeKind.class);
		}
		return Arrays.stream(text.split(","))
			.map(OutcomeKind::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(OutcomeKind.class)));
	}

}
