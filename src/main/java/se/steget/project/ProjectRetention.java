package se.steget.project;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A project whose time to keep personal data has run out: its end plus its retention.
 */
public record ProjectRetention(UUID projectId, String name, LocalDate periodEnd, int retentionMonths) {

	public LocalDate expiredOn() {
		return this.periodEnd.plusMonths(this.retentionMonths);
	}

}
