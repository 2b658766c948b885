package se.steget.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import se.steget.core.Difference;

/**
 * A new step of the plan.
 */
public class PlanStepForm {

	@NotNull(message = "{error.required}")
	private PlanArea area = PlanArea.WORK;

	@NotBlank(message = "{error.required}")
	@Size(max = 500, message = "{error.tooLong}")
	private String description;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueDate;

	@NotNull(message = "{error.required}")
	private StepOwner doneBy = StepOwner.PARTICIPANT;

	/** The revision of the plan the form was loaded with. */
	private Integer version;

	public PlanStepForm() {
	}

	/** The form to correct a step, as of the plan's revision. */
	static PlanStepForm of(PlanStep step, int revision) {
		var form = new PlanStepForm(step.area(), step.description(), step.dueDate(), step.doneBy());
		form.version = revision;
		return form;
	}

	/** The step saved differently from what this form says, after a stale save. */
	List<Difference> differencesFrom(PlanStepForm saved) {
		return Difference.builder()
			.text("plan.step", saved.description, this.description)
			.choice("plan.area", "planArea", saved.area, this.area)
			.text("plan.dueDate", saved.dueDate, this.dueDate)
			.choice("plan.doneBy", "stepOwner", saved.doneBy, this.doneBy)
			.list();
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public PlanStepForm(PlanArea area, String description, LocalDate dueDate, StepOwner doneBy) {
		this.area = area;
		this.description = description;
		this.dueDate = dueDate;
		this.doneBy = doneBy;
	}

	/** The new step the form describes, once it is valid. */
	PlanStep step() {
		return new PlanStep(UUID.randomUUID(), this.area, this.description.strip(), this.dueDate, StepStatus.PLANNED,
				this.doneBy);
	}

	public PlanArea getArea() {
		return this.area;
	}

	public void setArea(PlanArea area) {
		this.area = area;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public StepOwner getDoneBy() {
		return this.doneBy;
	}

	public void setDoneBy(StepOwner doneBy) {
		this.doneBy = doneBy;
	}

}
