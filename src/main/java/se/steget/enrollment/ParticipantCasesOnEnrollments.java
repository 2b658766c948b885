package se.steget.enrollment;

import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.steget.access.AccessScope;
import se.steget.participant.ParticipantCases;

/**
 * Answers the participant module's question about cases, which it may not ask the
 * enrollment module directly (enrollment depends on participant).
 */
@Component
class ParticipantCasesOnEnrollments implements ParticipantCases {

	private final JdbcClient jdbc;

	ParticipantCasesOnEnrollments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String participantsOnVisibleCases(AccessScope scope, Map<String, Object> params) {
		return CaseScope.participantIds(scope, params);
	}

	@Override
	public String participantsOnVisibleCasesAmong(AccessScope scope, Map<String, Object> params) {
		return "select e.participant_id from enrollment e where e.participant_id in (:ids) and "
				+ CaseScope.visibleRow(scope, params);
	}

	@Override
	public int caseCount(UUID participantId) {
		return this.jdbc.sql("select count(*) from enrollment where participant_id = ?")
			.param(participantId)
			.query(Integer.class)
			.single();
	}

}
