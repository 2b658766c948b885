package se.steget.employer;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A contact with an employer as it is logged: when, how, why, by whom, with whom there,
 * for which project and participant (or internship), what came of it, and the next step
 * with its due date.
 */
public record EmployerContactEntry(LocalDate contactedOn, EmployerContactChannel channel,
		EmployerContactPurpose purpose, UUID staffUserId, UUID contactPersonId, UUID projectId, UUID enrollmentId,
		UUID activityId, String outcome, String nextStep, LocalDate nextStepDue) {

	public EmployerContactEntry {
		outcome = blankToNull(outcome);
		nextStep = blankToNull(nextStep);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
