package se.steget.casework;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.steget.access.AccessScope;
import se.steget.participant.ParticipantPageSection;

/**
 * Shows the participant's latest contacts on the participant page.
 */
@Component
class ParticipantContactsSection implements ParticipantPageSection {

	private static final int SHOWN = 10;

	private final ContactManagement contacts;

	ParticipantContactsSection(ContactManagement contacts) {
		this.contacts = contacts;
	}

	@Override
	public void contribute(UUID participantId, AccessScope scope, Model model) {
		model.addAttribute("contacts",
				this.contacts.ofParticipant(participantId, scope).stream().limit(SHOWN).toList());
	}

}
