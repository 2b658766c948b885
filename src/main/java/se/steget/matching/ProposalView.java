package se.steget.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A proposal as the vacancy's page, the participant's timeline and the API show it; the
 * participant's name only for a user who may read the case.
 */
public record ProposalView(UUID id, UUID vacancyId, String vacancyTitle, UUID employerId, String employerName,
		UUID enrollmentId, String participantName, ProposalStatus status, LocalDate proposedOn,
		List<ProposalStepView> steps, Integer version) {

	public ProposalView {
		steps = List.copyOf(steps);
	}

	/** One step, with the name of who recorded it. */
	public record ProposalStepView(ProposalStatus status, LocalDate takenOn, String userName, DeclinedBy declinedBy,
			String reason) {

	}

}
