package se.steget.outcome;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a user records about a participant's situation upon leaving or at a follow-up. The
 * details about work apply to work only.
 */
public class OutcomeForm {

	/** The follow-up point; none means upon leaving. */
	private UUID followUpPointId;

	@NotNull(message = "{error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate observedOn;

	@NotNull(message = "{error.required}")
	private OutcomeKind kind;

	private Boolean subsidised;

	private Boolean fullTime;

	private boolean outsideHomeMunicipality;

	private boolean abroad;

	private DropoutReason dropoutReason;

	@NotNull(message = "{error.required}")
	private OutcomeSource source;

	@Size(max = 1000, message = "{error.tooLong}")
	private String note;

	private UUID employerId;

	public OutcomeForm() {
	}

	public OutcomeForm(UUID followUpPointId, LocalDate observedOn, OutcomeKind kind, OutcomeSource source) {
		this.followUpPointId = followUpPointId;
		this.observedOn = observedOn;
		this.kind = kind;
		this.source = source;
	}

	OutcomeEntry entry() {
		return new OutcomeEntry(this.followUpPointId, this.observedOn, this.kind, this.subsidised, this.fullTime,
				this.outsideHomeMunicipality, this.abroad, this.dropoutReason, this.source, this.note, this.employerId);
	}

	public UUID getFollowUpPointId() {
		return this.followUpPointId;
	}

	public void setFollowUpPointId(UUID followUpPointId) {
		this.followUpPointId = followUpPointId;
	}

	public LocalDate getObservedOn() {
		return this.observedOn;
	}

	public void setObservedOn(LocalDate observedOn) {
		this.observedOn = observedOn;
	}

	public OutcomeKind getKind() {
		return this.kind;
	}

	public void setKind(OutcomeKind kind) {
		this.kind = kind;
	}

	public Boolean getSubsidised() {
		return this.subsidised;
	}

	public void setSubsidised(Boolean subsidised) {
		this.subsidised = subsidised;
	}

	public Boolean getFullTime() {
		return this.fullTime;
	}

	public void setFullTime(Boolean fullTime) {
		this.fullTime = fullTime;
	}

	public boolean isOutsideHomeMunicipality() {
		return this.outsideHomeMunicipality;
	}

	public void setOutsideHomeMunicipality(boolean outsideHomeMunicipality) {
		this.outsideHomeMunicipality = outsideHomeMunicipality;
	}

	public boolean isAbroad() {
		return this.abroad;
	}

	public void setAbroad(boolean abroad) {
		this.abroad = abroad;
	}

	public DropoutReason getDropoutReason() {
		return this.dropoutReason;
	}

	public void setDropoutReason(DropoutReason dropoutReason) {
		this.dropoutReason = dropoutReason;
	}

	public OutcomeSource getSource() {
		return this.source;
	}

	public void setSource(OutcomeSource source) {
		this.source = source;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public UUID getEmployerId() {
		return this.employerId;
	}

	/** The employer of an outcome in work, from the employer register. */
	public void setEmployerId(UUID employerId) {
		this.employerId = employerId;
	}

}
