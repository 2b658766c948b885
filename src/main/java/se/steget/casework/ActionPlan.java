package se.steget.casework;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import se.steget.core.NotFoundException;

/**
 * The participant's own plan in one enrollment: long- and short-term goals for work and
 * private life, and the steps towards them. Every change is a new revision.
 */
class ActionPlan {

	@Id
	private UUID enrollmentId;

	private String workLongTerm;

	private String workShortTerm;

	private String lifeLongTerm;

	private String lifeShortTerm;

	private int revision;

	@MappedCollection(idColumn = "enrollment_id")
	private Set<PlanStep> steps = new HashSet<>();

	@Version
	private Integer version;

	ActionPlan() {
	}

	static ActionPlan start(UUID enrollmentId) {
		var plan = new ActionPlan();
		plan.enrollmentId = enrollmentId;
		return plan;
	}

	void setGoals(PlanGoals goals) {
		this.workLongTerm = goals.workLongTerm();
		this.workShortTerm = goals.workShortTerm();
		this.lifeLongTerm = goals.lifeLongTerm();
		this.lifeShortTerm = goals.lifeShortTerm();
		this.revision++;
	}

	void addStep(PlanStep step) {
		this.steps.add(step);
		this.revision++;
	}

	void changeStatus(UUID stepId, StepStatus status) {
		PlanStep step = step(stepId);
		this.steps.remove(step);
		this.steps.add(step.withStatus(status));
		this.revision++;
	}

	/** Corrects a step written wrongly: its area, text, due date and who does it. */
	void correctStep(UUID stepId, PlanStep corrected) {
		PlanStep step = step(stepId);
		this.steps.remove(step);
		this.steps.add(step.correctedTo(corrected));
		this.revision++;
	}

	/** Removes a step added by mistake; the revisions keep it. */
	void removeStep(UUID stepId) {
		this.steps.remove(step(stepId));
		this.revision++;
	}

	PlanStep step(UUID stepId) {
		return this.steps.stream()
			.filter((s) -> s.id().equals(stepId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Plan step"));
	}

	UUID getEnrollmentId() {
		return this.enrollmentId;
	}

	int getRevision() {
		return this.revision;
	}

	PlanView view() {
		List<PlanStep> ordered = this.steps.stream()
			.sorted(Comparator.comparing(PlanStep::area)
				.thenComparing(PlanStep::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(PlanStep::description))
			.toList();
		return new PlanView(this.enrollmentId, this.workLongTerm, this.workShortTerm, this.lifeLongTerm,
				this.lifeShortTerm, this.revision, ordered);
	}

}
