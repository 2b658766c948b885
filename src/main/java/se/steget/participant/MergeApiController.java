package se.steget.participant;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.steget.access.CurrentUser;

/**
 * Duplicates of persons through the API: the pairs that may be one person, and the merge
 * of two, field by field (the fields named in {@code fromRemoved} take the removed
 * person's value), with the versions both were read at.
 */
@RestController
@RequestMapping("/api/v1/participants")
class MergeApiController {

	private final ParticipantMerge merges;

	private final ParticipantManagement participants;

	private final CurrentUser currentUser;

	MergeApiController(ParticipantMerge merges, ParticipantManagement participants, CurrentUser currentUser) {
		this.merges = merges;
		this.participants = participants;
		this.currentUser = currentUser;
	}

	@GetMapping("/duplicates")
	List<DuplicatePair> duplicates() {
		return this.merges.candidates(this.currentUser.scope());
	}

	/** Merges two persons; the answer is the kept person as they are now. */
	@PostMapping("/merges")
	ParticipantSummary merge(@RequestBody MergeForm form) {
		this.merges.merge(form, this.currentUser.scope());
		return this.participants.get(form.keptId(), this.currentUser.scope());
	}

}
