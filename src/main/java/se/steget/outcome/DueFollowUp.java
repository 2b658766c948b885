package se.steget.outcome;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A follow-up that is due or overdue for an exited participant; the name is null for a
 * person with protected identity.
 */
public record DueFollowUp(UUID enrollmentId, String participantName, boolean protectedIdentity, String projectName,
		UUID responsibleUserId, String responsibleName, LocalDate exitDate, UUID followUpPointId, String pointName,
		int daysAfterExit) {

	/** Days after the due day before a follow-up counts as overdue. */
	public static final int GRACE_DAYS = 14;

	public LocalDate dueOn() {
		return this.exitDate.plusDays(this.daysAfterExit);
	}

	public boolean overdue(LocalDate today) {
		return dueOn().plusDays(GRACE_DAYS).isBefore(today);
	}

}
