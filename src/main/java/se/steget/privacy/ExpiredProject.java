package se.steget.privacy;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A project whose personal data has passed its retention, with what a run would remove.
 *
 * @param participants people to anonymise: all their enrollments are in expired projects
 */
public record ExpiredProject(UUID projectId, String name, LocalDate periodEnd, int retentionMonths, int participants,
		int documents) {

	public LocalDate expiredOn() {
		return this.periodEnd.plusMonths(this.retentionMonths);
	}

}
