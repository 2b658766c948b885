package se.steget.enrollment;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a user enters for the next intake step of a person.
 */
public class IntakeRecordForm {

	@NotNull(message = "{error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate recordedOn;

	private UUID staffUserId;

	@NotNull(message = "{error.required}")
	private IntakeOutcome outcome;

	@Size(max = 1000, message = "{error.tooLong}")
	private String reason;

	@Size(max = 1000, message = "{error.tooLong}")
	private String note;

	/** The version of the enrollment the form was loaded with, when correcting a step. */
	private Integer version;

	public IntakeRecordForm() {
	}

	static IntakeRecordForm of(IntakeRecord record, Integer version) {
		var form = new IntakeRecordForm(record.recordedOn(), record.staffUserId(), record.outcome(), record.reason());
		form.note = record.note();
		form.version = version;
		return form;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public IntakeRecordForm(LocalDate recordedOn, UUID staffUserId, IntakeOutcome outcome, String reason) {
		this.recordedOn = recordedOn;
		this.staffUserId = staffUserId;
		this.outcome = outcome;
		this.reason = reason;
	}

	/** The record of how this step went, as the form says. */
	IntakeRecord recordOf(UUID step) {
		return new IntakeRecord(UUID.randomUUID(), step, this.recordedOn, this.staffUserId, this.outcome,
				blankless(this.reason), blankless(this.note));
	}

	private static String blankless(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public LocalDate getRecordedOn() {
		return this.recordedOn;
	}

	public void setRecordedOn(LocalDate recordedOn) {
		this.recordedOn = recordedOn;
	}

	public UUID getStaffUserId() {
		return this.staffUserId;
	}

	public void setStaffUserId(UUID staffUserId) {
		this.staffUserId = staffUserId;
	}

	public IntakeOutcome getOutcome() {
		return this.outcome;
	}

	public void setOutcome(IntakeOutcome outcome) {
		this.outcome = outcome;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
