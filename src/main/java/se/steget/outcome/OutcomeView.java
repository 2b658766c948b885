package se.steget.outcome;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import se.steget.core.Difference;

/**
 * A recorded outcome as pages and the API show it.
 *
 * @param followUpName the follow-up point's name; null upon leaving
 */
public record OutcomeView(UUID id, UUID enrollmentId, String followUpName, Integer daysAfterExit, LocalDate observedOn,
		OutcomeKind kind, Boolean subsidised, Boolean fullTime, Boolean outsideHomeMunicipality, Boolean abroad,
		DropoutReason dropoutReason, OutcomeSource source, String note, String recordedByName, LocalDateTime recordedAt,
		UUID employerId, Integer version) {

	/** Every field of the outcome, as the history keeps a removed one. */
	List<Difference> removed() {
		return Difference.builder()
			.text("outcome.point", this.followUpName, null)
			.text("outcome.observedOn", this.observedOn, null)
			.choice("outcome.kind", "outcomeKind", this.kind, null)
			.flag("outcome.subsidised", this.subsidised, null)
			.flag("outcome.outsideHomeMunicipality", this.outsideHomeMunicipality, null)
			.flag("outcome.abroad", this.abroad, null)
			.choice("outcome.dropoutReason", "dropoutReason", this.dropoutReason, null)
			.choice("outcome.source", "outcomeSource", this.source, null)
			.text("contact.note", this.note, null)
			.list();
	}

	static final String SELECT = "select o.id, o.enrollment_id, f.name as follow_up_name, f.days_after_exit,"
			+ " o.observed_on, o.kind, o.subsidised, o.full_time, o.outside_home_municipality, o.abroad,"
			+ " o.dropout_reason, o.source, o.note, u.display_name as recorded_by_name, o.recorded_at,"
			+ " o.employer_id, o.version from outcome o" + " left join follow_up_point f on f.id = o.follow_up_point_id"
			+ " left join user_account u on u.id = o.recorded_by";

	Observation observation() {
		return new Observation(this.daysAfterExit, this.observedOn, this.recordedAt, this.kind);
	}

}
