package se.steget.participant;

import java.util.UUID;

/**
 * A participant withdrew their consent: from now on they are to be shown anonymised.
 */
public record ConsentWithdrawn(UUID participantId) {

}
