package se.steget.employer;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a user enters to log a contact with an employer.
 */
public class EmployerContactForm {

	@NotNull(message = "{error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate contactedOn;

	@NotNull(message = "{error.required}")
	private EmployerContactChannel channel;

	@NotNull(message = "{error.required}")
	private EmployerContactPurpose purpose;

	private UUID staffUserId;

	private UUID contactPersonId;

	private UUID projectId;

	private UUID enrollmentId;

	private UUID activityId;

	@Size(max = 2000, message = "{error.tooLong}")
	private String outcome;

	@Size(max = 500, message = "{error.tooLong}")
	private String nextStep;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate nextStepDue;

	public EmployerContactForm() {
	}

	public EmployerContactForm(LocalDate contactedOn, EmployerContactChannel channel, EmployerContactPurpose purpose,
			UUID staffUserId) {
		this.contactedOn = contactedOn;
		this.channel = channel;
		this.purpose = purpose;
		this.staffUserId = staffUserId;
	}

	EmployerContactEntry entry() {
		return new EmployerContactEntry(this.contactedOn, this.channel, this.purpose, this.staffUserId,
				this.contactPersonId, this.projectId, this.enrollmentId, this.activityId, this.outcome, this.nextStep,
				this.nextStepDue);
	}

	public LocalDate getContactedOn() {
		return this.contactedOn;
	}

	public void setContactedOn(LocalDate contactedOn) {
		this.contactedOn = contactedOn;
	}

	public EmployerContactChannel getChannel() {
		return this.channel;
	}

	public void setChannel(EmployerContactChannel channel) {
		this.channel = channel;
	}

	public EmployerContactPurpose getPurpose() {
		return this.purpose;
	}

	public void setPurpose(EmployerContactPurpose purpose) {
		this.purpose = purpose;
	}

	public UUID getStaffUserId() {
		return this.staffUserId;
	}

	public void setStaffUserId(UUID staffUserId) {
		this.staffUserId = staffUserId;
	}

	public UUID getContactPersonId() {
		return this.contactPersonId;
	}

	public void setContactPersonId(UUID contactPersonId) {
		this.contactPersonId = contactPersonId;
	}

	public UUID getProjectId() {
		return this.projectId;
	}

	public void setProjectId(UUID projectId) {
		this.projectId = projectId;
	}

	public UUID getEnrollmentId() {
		return this.enrollmentId;
	}

	public void setEnrollmentId(UUID enrollmentId) {
		this.enrollmentId = enrollmentId;
	}

	public UUID getActivityId() {
		return this.activityId;
	}

	public void setActivityId(UUID activityId) {
		this.activityId = activityId;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public String getNextStep() {
		return this.nextStep;
	}

	public void setNextStep(String nextStep) {
		this.nextStep = nextStep;
	}

	public LocalDate getNextStepDue() {
		return this.nextStepDue;
	}

	public void setNextStepDue(LocalDate nextStepDue) {
		this.nextStepDue = nextStepDue;
	}

}
