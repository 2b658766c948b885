package se.steget.participant;

import java.util.UUID;

/**
 * A participant was saved; what is counted about them (gender, birth date, municipality,
 * situation at the start) may have changed.
 */
public record ParticipantChanged(UUID participantId) {

}
