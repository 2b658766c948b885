package se.steget.employer;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import se.steget.core.RejectedInputException;

/**
 * One logged contact with an employer, and its next step until that is done.
 */
class EmployerContact {

	@Id
	private UUID id;

	private UUID employerId;

	private UUID projectId;

	private LocalDate contactedOn;

	private EmployerContactChannel channel;

	private EmployerContactPurpose purpose;

	private UUID staffUserId;

	private UUID contactPersonId;

	private UUID enrollmentId;

	private UUID activityId;

	private String outcome;

	private String nextStep;

	private LocalDate nextStepDue;

	private boolean nextStepDone;

	@Version
	private Integer version;

	EmployerContact() {
	}

	/**
	 * A contact on or before today; a contact about one participant names them, and a
	 * next step has a due date on or after the contact.
	 */
	static EmployerContact log(UUID employerId, EmployerContactEntry entry, LocalDate today) {
		if (entry.contactedOn().isAfter(today)) {
			throw new RejectedInputException("contactedOn", "error.dateInFuture");
		}
		if (entry.purpose().aboutParticipant() && entry.enrollmentId() == null) {
			throw new RejectedInputException("enrollmentId", "error.participantRequired");
		}
		if (entry.nextStep() != null && entry.nextStepDue() == null) {
			throw new RejectedInputException("nextStepDue", "error.required");
		}
		if (entry.nextStepDue() != null && entry.nextStepDue().isBefore(entry.contactedOn())) {
			throw new RejectedInputException("nextStepDue", "error.nextStepBeforeContact");
		}
		var contact = new EmployerContact();
		contact.id = UUID.randomUUID();
		contact.employerId = employerId;
		contact.projectId = entry.projectId();
		contact.contactedOn = entry.contactedOn();
		contact.channel = entry.channel();
		contact.purpose = entry.purpose();
		contact.staffUserId = entry.staffUserId();
		contact.contactPersonId = entry.contactPersonId();
		contact.enrollmentId = entry.enrollmentId();
		contact.activityId = entry.activityId();
		contact.outcome = entry.outcome();
		contact.nextStep = entry.nextStep();
		contact.nextStepDue = entry.nextStepDue();
		return contact;
	}

	void completeNextStep() {
		if (this.nextStep == null) {
			throw new RejectedInputException("nextStep", "error.noNextStep");
		}
		this.nextStepDone = true;
	}

	UUID getId() {
		return this.id;
	}

	UUID getEmployerId() {
		return this.employerId;
	}

	UUID getEnrollmentId() {
		return this.enrollmentId;
	}

}
