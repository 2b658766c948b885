package se.steget.activity;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a user enters about a follow-up visit at the workplace.
 */
public class VisitForm {

	@NotNull(message = "{error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate visitedOn;

	private UUID staffUserId;

	@Size(max = 2000, message = "{error.tooLong}")
	private String note;

	public LocalDate getVisitedOn() {
		return this.visitedOn;
	}

	public void setVisitedOn(LocalDate visitedOn) {
		this.visitedOn = visitedOn;
	}

	public UUID getStaffUserId() {
		return this.staffUserId;
	}

	public void setStaffUserId(UUID staffUserId) {
		this.staffUserId = staffUserId;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
