package se.steget.casework;

import java.util.List;
import java.util.UUID;

/**
 * An action plan as pages show it, and as each revision keeps it.
 */
public record PlanView(UUID enrollmentId, String workLongTerm, String workShortTerm, String lifeLongTerm,
		String lifeShortTerm, int revision, List<PlanStep> steps) {

	static PlanView empty(UUID enrollmentId) {
		return new PlanView(enrollmentId, null, null, null, null, 0, List.of());
	}

}
