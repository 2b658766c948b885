package se.steget.project;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A project as lists show it.
 */
public record ProjectSummary(UUID id, String name, ProjectPhase phase, LocalDate periodStart, LocalDate periodEnd,
		String ownerName) {

}
