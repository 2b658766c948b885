package se.steget.casework;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;

/**
 * One small step towards a goal of the action plan.
 */
public record PlanStep(@Id UUID id, PlanArea area, String description, LocalDate dueDate, StepStatus status,
		StepOwner doneBy) {

	/** The step corrected as the other says, keeping its id and status. */
	PlanStep correctedTo(PlanStep other) {
		return new PlanStep(this.id, other.area, other.description, other.dueDate, this.status, other.doneBy);
	}

	PlanStep withStatus(StepStatus status) {
		return new PlanStep(this.id, this.area, this.description, this.dueDate, status, this.doneBy);
	}

}
