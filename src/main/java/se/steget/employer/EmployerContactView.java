package se.steget.employer;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A contact with an employer as the employer's page, the business coach's start page and
 * the API show it. The participant's name is there only for a user who may read the case.
 */
public record EmployerContactView(UUID id, UUID employerId, String employerName, UUID projectId, LocalDate contactedOn,
		EmployerContactChannel channel, EmployerContactPurpose purpose, UUID staffUserId, String staffName,
		UUID contactPersonId, String contactPersonName, UUID enrollmentId, String participantName, UUID activityId,
		String outcome, String nextStep, LocalDate nextStepDue, boolean nextStepDone) {

	static final String SELECT = "select c.id, c.employer_id, em.name as employer_name, c.project_id, c.contacted_on,"
			+ " c.channel, c.purpose, c.staff_user_id, u.display_name as staff_name, c.contact_person_id,"
			+ " cp.name as contact_person_name, c.enrollment_id, null as participant_name, c.activity_id, c.outcome,"
			+ " c.next_step, c.next_step_due, c.next_step_done from employer_contact c"
			+ " join employer em on em.id = c.employer_id left join user_account u on u.id = c.staff_user_id"
			+ " left join employer_contact_person cp on cp.id = c.contact_person_id";

	EmployerContactView withParticipant(String name) {
		return new EmployerContactView(this.id, this.employerId, this.employerName, this.projectId, this.contactedOn,
				this.channel, this.purpose, this.staffUserId, this.staffName, this.contactPersonId,
				this.contactPersonName, this.enrollmentId, name, this.activityId, this.outcome, this.nextStep,
				this.nextStepDue, this.nextStepDone);
	}

	/** Whether the next step is open and due on or before the day. */
	public boolean dueBy(LocalDate day) {
		return this.nextStep != null && !this.nextStepDone && this.nextStepDue != null
				&& !this.nextStepDue.isAfter(day);
	}

}
