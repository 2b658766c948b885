package se.steget.participant;

import java.util.UUID;

import org.springframework.ui.Model;

import se.steget.access.AccessScope;

/**
 * A part of the participant page that another module contributes (its enrollments, later
 * its plan and contacts), so that the participant module needs to know none of them.
 */
public interface ParticipantPageSection {

	/** Adds this section's model attributes for one participant the user may see. */
	void contribute(UUID participantId, AccessScope scope, Model model);

}
