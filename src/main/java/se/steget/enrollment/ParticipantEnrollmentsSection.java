package se.steget.enrollment;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.steget.access.AccessScope;
import se.steget.participant.ParticipantPageSection;

/**
 * Shows the participant's enrollments on the participant page.
 */
@Component
class ParticipantEnrollmentsSection implements ParticipantPageSection {

	private final EnrollmentManagement enrollments;

	private final PathManagement paths;

	ParticipantEnrollmentsSection(EnrollmentManagement enrollments, PathManagement paths) {
		this.enrollments = enrollments;
		this.paths = paths;
	}

	@Override
	public void contribute(UUID participantId, AccessScope scope, Model model) {
		model.addAttribute("enrollments", this.enrollments.ofParticipant(participantId, scope));
		model.addAttribute("timeline", this.paths.timeline(participantId, scope));
	}

}
