package se.steget.matching;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessScope;
import se.steget.core.RejectedInputException;
import se.steget.core.StaleEditException;
import se.steget.core.StaleEdits;
import se.steget.enrollment.EnrollmentManagement;

/**
 * The participant's job profile, on the cases the user may read.
 */
@Service
@Transactional(readOnly = true)
public class JobProfileManagement {

	private final JobProfiles profiles;

	private final EnrollmentManagement enrollments;

	private final Clock clock;

	JobProfileManagement(JobProfiles profiles, EnrollmentManagement enrollments, Clock clock) {
		this.profiles = profiles;
		this.enrollments = enrollments;
		this.clock = clock;
	}

	/** The profile, or an empty one when none is recorded yet. */
	public JobProfileView get(UUID enrollmentId, AccessScope scope) {
		this.enrollments.get(enrollmentId, scope);
		return this.profiles.findById(enrollmentId).map(JobProfileView::of).orElse(JobProfileView.empty(enrollmentId));
	}

	/** Records the profile; an edit of a version someone else has changed is refused. */
	@Transactional
	public void record(UUID enrollmentId, JobProfileForm form, AccessScope scope) {
		this.enrollments.get(enrollmentId, scope);
		JobProfile profile = this.profiles.findById(enrollmentId).orElseGet(() -> JobProfile.start(enrollmentId));
		StaleEditException.check(form.getVersion(), profile.getVersion());
		profile.record(form.details(), LocalDateTime.now(this.clock));
		StaleEdits.refused(() -> this.profiles.save(profile));
	}

}
