package se.steget.enrollment;

import java.util.Map;

import org.springframework.stereotype.Component;

import se.steget.access.AccessScope;
import se.steget.participant.ParticipantCases;

/**
 * Answers the participant module's question about cases, which it may not ask the
 * enrollment module directly (enrollment depends on participant).
 */
@Component
class ParticipantCasesOnEnrollments implements ParticipantCases {

	@Override
	public String participantsOnVisibleCases(AccessScope scope, Map<String, Object> params) {
		return CaseScope.participantIds(scope, params);
	}

}
