package se.steget.activity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * How an internship or work trial ended, as the user records it.
 */
public class ResultForm {

	@NotNull(message = "{error.required}")
	private ActivityResult result;

	@Size(max = 2000, message = "{error.tooLong}")
	private String note;

	public ActivityResult getResult() {
		return this.result;
	}

	public void setResult(ActivityResult result) {
		this.result = result;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
