package se.steget.enrollment;

import java.util.List;
import java.util.UUID;

/**
 * Enrollments made by mistake are about to be removed, as when their import is undone.
 * Summaries kept beside the enrollments let go of them on it, in the same transaction,
 * while the enrollments can still be read.
 */
public record EnrollmentsRemoved(List<UUID> enrollmentIds) {

	public EnrollmentsRemoved {
		enrollmentIds = List.copyOf(enrollmentIds);
	}

}
