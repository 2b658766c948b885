package se.steget.enrollment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a user enters when a participant leaves the project.
 */
public class ExitForm {

	@NotNull(message = "{error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate exitDate;

	@NotNull(message = "{error.required}")
	private ExitReason exitReason;

	@Size(max = 1000, message = "{error.tooLong}")
	private String exitNote;

	/** Why an exit is corrected or undone; asked for then only. */
	@Size(max = 300, message = "{error.tooLong}")
	private String correctionReason;

	/** The enrollment's version the form was loaded with, when correcting. */
	private Integer version;

	public LocalDate getExitDate() {
		return this.exitDate;
	}

	public void setExitDate(LocalDate exitDate) {
		this.exitDate = exitDate;
	}

	public ExitReason getExitReason() {
		return this.exitReason;
	}

	public void setExitReason(ExitReason exitReason) {
		this.exitReason = exitReason;
	}

	public String getExitNote() {
		return this.exitNote;
	}

	public void setExitNote(String exitNote) {
		this.exitNote = exitNote;
	}

	public String getCorrectionReason() {
		return this.correctionReason;
	}

	public void setCorrectionReason(String correctionReason) {
		this.correctionReason = correctionReason;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
