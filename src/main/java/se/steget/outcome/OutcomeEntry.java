package se.steget.outcome;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What is recorded about a participant's situation upon leaving or at a follow-up point:
 * where they are, and for work its subsidy, hours and place, and the employer when known.
 */
record OutcomeEntry(UUID followUpPointId, LocalDate observedOn, OutcomeKind kind, Boolean subsidised, Boolean fullTime,
		boolean outsideHomeMunicipality, boolean abroad, DropoutReason dropoutReason, OutcomeSource source, String note,
		UUID employerId) {

}
