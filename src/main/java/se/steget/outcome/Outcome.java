package se.steget.outcome;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.DomainEvents;

/**
 * One recorded outcome of an enrollment, upon leaving or at a follow-up point.
 */
class Outcome {

	@Id
	private UUID id;

	private UUID enrollmentId;

	private UUID followUpPointId;

	private LocalDate observedOn;

	private OutcomeKind kind;

	private Boolean subsidised;

	private Boolean fullTime;

	private Boolean outsideHomeMunicipality;

	private Boolean abroad;

	private DropoutReason dropoutReason;

	private OutcomeSource source;

	private String note;

	private UUID employerId;

	private UUID recordedBy;

	private LocalDateTime recordedAt;

	@Version
	private Integer version;

	Outcome() {
	}

	static Outcome record(UUID enrollmentId, OutcomeEntry entry, UUID recordedBy, LocalDateTime now) {
		var outcome = new Outcome();
		outcome.id = UUID.randomUUID();
		outcome.enrollmentId = enrollmentId;
		outcome.followUpPointId = entry.followUpPointId();
		outcome.observedOn = entry.observedOn();
		outcome.kind = entry.kind();
		boolean work = entry.kind().isWork();
		outcome.subsidised = work ? entry.subsidised() : null;
		outcome.fullTime = work ? entry.fullTime() : null;
		outcome.outsideHomeMunicipality = work ? entry.outsideHomeMunicipality() : null;
		outcome.abroad = work ? entry.abroad() : null;
		outcome.dropoutReason = entry.dropoutReason();
		outcome.source = entry.source();
		outcome.note = entry.note();
		outcome.employerId = work ? entry.employerId() : null;
		outcome.recordedBy = recordedBy;
		outcome.recordedAt = now;
		return outcome;
	}

	UUID getId() {
		return this.id;
	}

	UUID getEnrollmentId() {
		return this.enrollmentId;
	}

	@DomainEvents
	List<OutcomeChanged> changed() {
		return List.of(new OutcomeChanged(this.enrollmentId));
	}

	Integer getVersion() {
		return this.version;
	}

}
