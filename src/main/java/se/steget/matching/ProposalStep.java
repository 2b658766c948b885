package se.steget.matching;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One step of a proposal: where it moved, on which day, who recorded it, and for a
 * refusal, by whom and why.
 */
record ProposalStep(ProposalStatus status, LocalDate takenOn, UUID userId, DeclinedBy declinedBy, String reason) {

}
