package se.steget.matching;

import java.util.UUID;

import se.steget.core.Gender;

/**
 * A participant ranked for a vacancy, with why; the name is null for a person with
 * protected identity.
 */
public record CandidateMatch(UUID enrollmentId, String participantName, boolean protectedIdentity, Gender gender,
		String projectName, Match match) {

}
