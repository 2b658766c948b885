package se.steget.enrollment;

import java.util.List;

/**
 * Adds a module's events (contacts, activities) to the participant's timeline, so that
 * the enrollment module needs to know none of them.
 */
public interface TimelineSource {

	/** The events of these enrollments, which the user may see. */
	List<TimelineEvent> events(List<EnrollmentView> enrollments);

}
