package se.steget.casework;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * One measurement of a participant on one of the project's assessment scales.
 */
class Assessment {

	@Id
	private UUID id;

	private UUID enrollmentId;

	private UUID scaleId;

	private LocalDate assessedOn;

	private int score;

	private UUID staffUserId;

	private String note;

	@Version
	private Integer version;

	Assessment() {
	}

	static Assessment record(UUID enrollmentId, AssessmentEntry entry) {
		var assessment = new Assessment();
		assessment.id = UUID.randomUUID();
		assessment.enrollmentId = enrollmentId;
		assessment.scaleId = entry.scaleId();
		assessment.assessedOn = entry.assessedOn();
		assessment.score = entry.score();
		assessment.staffUserId = entry.staffUserId();
		assessment.note = entry.note();
		return assessment;
	}

	/** Corrects a measurement recorded wrongly. */
	void correct(AssessmentEntry entry) {
		this.scaleId = entry.scaleId();
		this.assessedOn = entry.assessedOn();
		this.score = entry.score();
		this.staffUserId = entry.staffUserId();
		this.note = entry.note();
	}

	AssessmentEntry entry() {
		return new AssessmentEntry(this.scaleId, this.assessedOn, this.score, this.staffUserId, this.note);
	}

	UUID getId() {
		return this.id;
	}

	UUID getEnrollmentId() {
		return this.enrollmentId;
	}

	Integer getVersion() {
		return this.version;
	}

}
