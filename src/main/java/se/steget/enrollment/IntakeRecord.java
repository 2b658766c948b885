package se.steget.enrollment;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;

/**
 * One intake step as it went for one person.
 */
record IntakeRecord(@Id UUID id, UUID stepId, LocalDate recordedOn, UUID staffUserId, IntakeOutcome outcome,
		String reason, String note) {

}
