package se.steget.project;

import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * A project's intake steps as a manager writes them: one step a line, in order.
 */
public class IntakeForm {

	@Size(max = 2000, message = "{error.tooLong}")
	private String steps = "";

	/**
	 * The steps as the form was loaded with them, as a number: the steps have no version
	 * of their own, so the form carries the hash of their names in order.
	 */
	private Integer version;

	public IntakeForm() {
	}

	public IntakeForm(String steps) {
		this.steps = steps;
	}

	/** The form for the steps as they are, with their version. */
	static IntakeForm of(List<String> names) {
		var form = new IntakeForm(String.join("\n", names));
		form.version = versionOf(names);
		return form;
	}

	static int versionOf(List<String> names) {
		return names.hashCode();
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getSteps() {
		return this.steps;
	}

	public void setSteps(String steps) {
		this.steps = (steps == null) ? "" : steps;
	}

	List<String> names() {
		return this.steps.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

}
