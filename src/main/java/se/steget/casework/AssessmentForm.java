package se.steget.casework;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a user enters for a measurement on an assessment scale.
 */
public class AssessmentForm {

	@NotNull(message = "{error.required}")
	private UUID scaleId;

	@NotNull(message = "{error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate assessedOn;

	@NotNull(message = "{error.required}")
	private Integer score;

	private UUID staffUserId;

	@Size(max = 1000, message = "{error.tooLong}")
	private String note;

	/** The version of the assessment the form was loaded with, when correcting it. */
	private Integer version;

	public AssessmentForm() {
	}

	public AssessmentForm(UUID scaleId, LocalDate assessedOn, Integer score, UUID staffUserId) {
		this.scaleId = scaleId;
		this.assessedOn = assessedOn;
		this.score = score;
		this.staffUserId = staffUserId;
	}

	public UUID getScaleId() {
		return this.scaleId;
	}

	public void setScaleId(UUID scaleId) {
		this.scaleId = scaleId;
	}

	public LocalDate getAssessedOn() {
		return this.assessedOn;
	}

	public void setAssessedOn(LocalDate assessedOn) {
		this.assessedOn = assessedOn;
	}

	public Integer getScore() {
		return this.score;
	}

	public void setScore(Integer score) {
		this.score = score;
	}

	public UUID getStaffUserId() {
		return this.staffUserId;
	}

	public void setStaffUserId(UUID staffUserId) {
		this.staffUserId = staffUserId;
	}

	static AssessmentForm of(AssessmentEntry entry, Integer version) {
		var form = new AssessmentForm(entry.scaleId(), entry.assessedOn(), entry.score(), entry.staffUserId());
		form.note = entry.note();
		form.version = version;
		return form;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	AssessmentEntry entry() {
		return new AssessmentEntry(this.scaleId, this.assessedOn, this.score, this.staffUserId, this.note);
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
