package se.steget.enrollment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.data.annotation.Id;

import se.steget.core.Difference;

/**
 * One intake step as it went for one person.
 */
record IntakeRecord(@Id UUID id, UUID stepId, LocalDate recordedOn, UUID staffUserId, IntakeOutcome outcome,
		String reason, String note) {

	/** No record: what a removed one becomes. */
	static final IntakeRecord NONE = new IntakeRecord(null, null, null, null, null, null, null);

	/** The fields that differ from this record in the other, for the history. */
	List<Difference> changesTo(IntakeRecord other, Function<UUID, String> staffName) {
		return Difference.builder()
			.text("intake.recordedOn", this.recordedOn, other.recordedOn)
			.text("intake.staff", staffName.apply(this.staffUserId), staffName.apply(other.staffUserId))
			.choice("intake.outcome", "intakeOutcome", this.outcome, other.outcome)
			.text("intake.reason", this.reason, other.reason)
			.text("intake.note", this.note, other.note)
			.list();
	}

}
