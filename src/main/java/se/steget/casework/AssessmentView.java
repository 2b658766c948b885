package se.steget.casework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A measurement as pages and the API show it.
 */
public record AssessmentView(UUID id, UUID scaleId, String scaleName, LocalDate assessedOn, int score, String staffName,
		String note, int version) {

}
