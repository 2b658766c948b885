package se.steget.participant;

import java.util.Set;
import java.util.UUID;

/**
 * The organisations the participant consents to share their case with, as recorded now;
 * cases shared with staff of any other organisation must stop being shared.
 */
public record SharingConsentChanged(UUID participantId, Set<UUID> organisationIds) {

}
