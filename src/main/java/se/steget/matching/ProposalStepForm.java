package se.steget.matching;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a user enters to move a proposal on.
 */
public class ProposalStepForm {

	@NotNull(message = "{error.required}")
	private ProposalStatus status;

	@NotNull(message = "{error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate takenOn;

	private DeclinedBy declinedBy;

	@Size(max = 500, message = "{error.tooLong}")
	private String reason;

	private Integer version;

	public ProposalStepForm() {
	}

	public ProposalStepForm(ProposalStatus status, LocalDate takenOn) {
		this.status = status;
		this.takenOn = takenOn;
	}

	public ProposalStatus getStatus() {
		return this.status;
	}

	public void setStatus(ProposalStatus status) {
		this.status = status;
	}

	public LocalDate getTakenOn() {
		return this.takenOn;
	}

	public void setTakenOn(LocalDate takenOn) {
		this.takenOn = takenOn;
	}

	public DeclinedBy getDeclinedBy() {
		return this.declinedBy;
	}

	public void setDeclinedBy(DeclinedBy declinedBy) {
		this.declinedBy = declinedBy;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
