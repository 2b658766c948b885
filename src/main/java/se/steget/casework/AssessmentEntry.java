package se.steget.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import se.steget.core.Difference;

/**
 * One measurement on a project's assessment scale: the scale, the day, the score, who
 * assessed, and a note.
 */
record AssessmentEntry(UUID scaleId, LocalDate assessedOn, Integer score, UUID staffUserId, String note) {

	/** No measurement: what a removed one becomes. */
	static final AssessmentEntry NONE = new AssessmentEntry(null, null, null, null, null);

	/** The fields that differ from this entry in the other, for the history. */
	List<Difference> changesTo(AssessmentEntry other, Function<UUID, String> scaleName,
			Function<UUID, String> staffName) {
		return Difference.builder()
			.text("assessment.scale", scaleName.apply(this.scaleId), scaleName.apply(other.scaleId))
			.text("assessment.assessedOn", this.assessedOn, other.assessedOn)
			.text("assessment.score", this.score, other.score)
			.text("contact.staff", staffName.apply(this.staffUserId), staffName.apply(other.staffUserId))
			.text("contact.note", this.note, other.note)
			.list();
	}

}
