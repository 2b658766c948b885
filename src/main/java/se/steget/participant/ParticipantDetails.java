package se.steget.participant;

import se.steget.core.ParticipantAttributes;
import se.steget.core.PersonalIdentityNumber;

/**
 * What is recorded about a person when they are registered or changed: identity, home
 * municipality, protection, and the situation at the start (whose birth date is the
 * identity number's); and their id in the system a file of them came from, if any.
 */
record ParticipantDetails(PersonalIdentityNumber number, String firstName, String lastName, String municipalityCode,
		boolean protectedIdentity, ParticipantAttributes situation, String reserveDocument, String externalId) {

}
