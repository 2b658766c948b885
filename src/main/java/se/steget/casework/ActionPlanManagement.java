package se.steget.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessScope;
import se.steget.core.Difference;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.core.StaleEditException;
import se.steget.core.StaleEdits;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.EnrollmentStatus;

/**
 * The action plan of an enrollment. Every change is kept as a revision; once the
 * participant has left, the plan is the documented plan and no longer changes.
 */
@Service
@Transactional(readOnly = true)
public class ActionPlanManagement {

	private final ActionPlans plans;

	private final EnrollmentManagement enrollments;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	ActionPlanManagement(ActionPlans plans, EnrollmentManagement enrollments, JdbcClient jdbc, JsonMapper json,
			Clock clock) {
		this.clock = clock;
		this.plans = plans;
		this.enrollments = enrollments;
		this.jdbc = jdbc;
		this.json = json;
	}

	public PlanView plan(UUID enrollmentId, AccessScope scope) {
		this.enrollments.get(enrollmentId, scope);
		return this.plans.findById(enrollmentId).map(ActionPlan::view).orElse(PlanView.empty(enrollmentId));
	}

	public List<PlanRevision> revisions(UUID enrollmentId, AccessScope scope) {
		this.enrollments.get(enrollmentId, scope);
		return this.jdbc
			.sql("select r.revision, r.revised_at, u.display_name as revised_by from action_plan_revision r"
					+ " left join user_account u on u.id = r.revised_by where r.enrollment_id = ?"
					+ " order by r.revision desc")
			.param(enrollmentId)
			.query(PlanRevision.class)
			.list();
	}

	/** The plan as it was saved in one revision. */
	public PlanView revision(UUID enrollmentId, int revision, AccessScope scope) {
		this.enrollments.get(enrollmentId, scope);
		String snapshot = this.jdbc
			.sql("select snapshot from action_plan_revision where enrollment_id = ? and revision = ?")
			.params(enrollmentId, revision)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Plan revision"));
		return this.json.readValue(snapshot, PlanView.class);
	}

	/**
	 * Sets the goals, as of the plan's revision in the form (none: whatever it is now).
	 */
	@Transactional
	public void setGoals(UUID enrollmentId, PlanGoalsForm form, AccessScope scope) {
		change(enrollmentId, form.getVersion(), scope, (plan) -> plan.setGoals(form.goals()));
	}

	@Transactional
	public void addStep(UUID enrollmentId, PlanStepForm form, AccessScope scope) {
		change(enrollmentId, form.getVersion(), scope, (plan) -> plan.addStep(form.step()));
	}

	@Transactional
	public void changeStatus(UUID enrollmentId, UUID stepId, StepStatus status, Integer revision, AccessScope scope) {
		change(enrollmentId, revision, scope, (plan) -> plan.changeStatus(stepId, status));
	}

	/**
	 * After a stale save of the goals: what is saved now differently from what the user
	 * typed, with the form moved on to the current revision.
	 */
	public List<Difference> goalDifferences(UUID enrollmentId, PlanGoalsForm typed, AccessScope scope) {
		PlanGoalsForm saved = PlanGoalsForm.of(plan(enrollmentId, scope));
		typed.setVersion(saved.getVersion());
		return typed.differencesFrom(saved);
	}

	/**
	 * After a stale correction of a step: what is saved now differently from what the
	 * user typed, with the form moved on to the current revision.
	 */
	public List<Difference> stepDifferences(UUID enrollmentId, UUID stepId, PlanStepForm typed, AccessScope scope) {
		PlanStepForm saved = stepForm(enrollmentId, stepId, scope);
		typed.setVersion(saved.getVersion());
		return typed.differencesFrom(saved);
	}

	/** The form to correct one step, as of the plan's current revision. */
	public PlanStepForm stepForm(UUID enrollmentId, UUID stepId, AccessScope scope) {
		this.enrollments.get(enrollmentId, scope);
		ActionPlan plan = this.plans.findById(enrollmentId).orElseThrow(() -> new NotFoundException("Plan step"));
		return PlanStepForm.of(plan.step(stepId), plan.getRevision());
	}

	/**
	 * Corrects a step as of the revision the user saw; the revisions keep what it said.
	 */
	@Transactional
	public void correctStep(UUID enrollmentId, UUID stepId, PlanStepForm form, AccessScope scope) {
		change(enrollmentId, form.getVersion(), scope, (plan) -> plan.correctStep(stepId, form.step()));
	}

	/** Removes a step added by mistake, as of the revision the user saw. */
	@Transactional
	public void removeStep(UUID enrollmentId, UUID stepId, Integer revision, AccessScope scope) {
		change(enrollmentId, revision, scope, (plan) -> plan.removeStep(stepId));
	}

	private void change(UUID enrollmentId, Integer expectedRevision, AccessScope scope, Consumer<ActionPlan> change) {
		if (this.enrollments.get(enrollmentId, scope).status() == EnrollmentStatus.EXITED) {
			throw new RejectedInputException("description", "error.planClosed");
		}
		ActionPlan plan = this.plans.findById(enrollmentId).orElseGet(() -> ActionPlan.start(enrollmentId));
		StaleEditException.check(expectedRevision, plan.getRevision());
		change.accept(plan);
		StaleEdits.refused(() -> this.plans.save(plan));
		this.jdbc
			.sql("insert into action_plan_revision (enrollment_id, revision, revised_at, revised_by, snapshot)"
					+ " values (?, ?, ?, ?, ?)")
			.params(enrollmentId, plan.getRevision(), LocalDateTime.now(this.clock), scope.userId(),
					this.json.writeValueAsString(plan.view()))
			.update();
	}

}
