package se.steget.participant;

import java.util.UUID;

/**
 * Two records of one person are being merged: every module moves what it holds about the
 * removed person to the kept one, in the merge's transaction, or refuses the merge with a
 * {@link se.steget.core.RejectedInputException} (two stays in one project that overlap).
 */
public record ParticipantsMerged(UUID keptId, UUID removedId) {
}
