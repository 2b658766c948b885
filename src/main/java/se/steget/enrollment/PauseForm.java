package se.steget.enrollment;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a user enters to start, record or end a pause. Starting one needs a start date and
 * a reason; ending the pause that goes on needs only the end date.
 */
public class PauseForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	private PauseReason reason;

	@Size(max = 1000, message = "{error.tooLong}")
	private String note;

	public PauseForm() {
	}

	public PauseForm(LocalDate startDate, LocalDate endDate, PauseReason reason) {
		this.startDate = startDate;
		this.endDate = endDate;
		this.reason = reason;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public PauseReason getReason() {
		return this.reason;
	}

	public void setReason(PauseReason reason) {
		this.reason = reason;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
