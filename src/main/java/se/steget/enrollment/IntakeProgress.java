package se.steget.enrollment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One intake step of a project and how it went for one person, if it has been taken.
 */
public record IntakeProgress(UUID stepId, UUID recordId, String stepName, LocalDate recordedOn, String staffName,
		IntakeOutcome outcome, String reason, String note) {

	public boolean taken() {
		return this.outcome != null;
	}

}
