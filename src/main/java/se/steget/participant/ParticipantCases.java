package se.steget.participant;

import java.util.Map;
import java.util.UUID;

import se.steget.access.AccessScope;

/**
 * Which people are on the cases a user may read: a question about enrollments, which the
 * enrollment module answers (it depends on this module, not the other way round).
 */
public interface ParticipantCases {

	/**
	 * A SQL select of the ids of the participants on the cases the user may read; adds
	 * its parameters, all prefixed {@code scope_}.
	 */
	String participantsOnVisibleCases(AccessScope scope, Map<String, Object> params);

	/**
	 * The same, of only the participants in the named parameter {@code ids}, each case
	 * checked on its own row: for a look-up of a few people, where the whole select would
	 * read every case of the user.
	 */
	String participantsOnVisibleCasesAmong(AccessScope scope, Map<String, Object> params);

	/** How many cases (enrollments, ended ones too) the person has. */
	int caseCount(UUID participantId);

}
