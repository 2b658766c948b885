package se.steget.activity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An internship or work trial of one person, with its employer and result.
 */
public record WorkView(UUID id, ActivityKind kind, String title, LocalDate startDate, LocalDate endDate,
		UUID employerId, ActivityResult result, String resultNote) {

}
