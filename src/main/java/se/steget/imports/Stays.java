package se.steget.imports;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import se.steget.access.AccessScope;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.EnrollmentView;

/** Which of a participant's stays a row of a case record belongs to. */
final class Stays {

	private Stays() {
	}

	/** The participant's stay in the project on the day, if any. */
	static Optional<EnrollmentView> on(EnrollmentManagement enrollments, UUID participant, UUID projectId, LocalDate on,
			AccessScope scope) {
		return enrollments.ofParticipant(participant, scope)
			.stream()
			.filter((e) -> e.projectId().equals(projectId) && !e.startDate().isAfter(on)
					&& (e.exitDate() == null || !e.exitDate().isBefore(on)))
			.findFirst();
	}

}
