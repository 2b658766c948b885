package se.steget.project;

import jakarta.validation.constraints.Size;

/**
 * A project's intake steps as a manager writes them: one step a line, in order.
 */
public class IntakeForm {

	@Size(max = 2000, message = "{error.tooLong}")
	private String steps = "";

	public IntakeForm() {
	}

	public IntakeForm(String steps) {
		this.steps = steps;
	}

	public String getSteps() {
		return this.steps;
	}

	public void setSteps(String steps) {
		this.steps = (steps == null) ? "" : steps;
	}

	java.util.List<String> names() {
		return this.steps.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

}
