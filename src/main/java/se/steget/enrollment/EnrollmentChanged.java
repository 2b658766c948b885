package se.steget.enrollment;

import java.util.UUID;

/**
 * An enrollment was saved: started, changed, through intake or exited. Summaries kept
 * beside the enrollments refresh on it, in the same transaction.
 */
public record EnrollmentChanged(UUID enrollmentId) {

}
