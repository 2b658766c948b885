package se.steget.enrollment;

import java.util.Map;

import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.participant.ParticipantManagement;

/**
 * Which cases a user may read, as SQL over the enrollment module's own tables, for every
 * module whose queries are about cases: a project manager every case of their projects; a
 * municipal coordinator those whose participant lives in their municipality; everyone
 * else who sees people only the cases they are responsible for or hold a case role on.
 */
public final class CaseScope {

	private CaseScope() {
	}

	/**
	 * The SQL condition on an enrollment, aliased {@code e}, that holds for the cases
	 * this user may read; adds its parameters, all prefixed {@code scope_}.
	 */
	public static String visible(AccessScope scope, Map<String, Object> params) {
		if (!scope.seesPeople()) {
			return "1 = 0";
		}
		return "e.id in (" + visibleIds(scope, params) + ")";
	}

	/**
	 * The ids of the cases this user may read, as a select to join as a table (column
	 * {@code id}): for a query over many cases, which a join answers at once where an
	 * {@code in} may be tried row by row.
	 */
	public static String visibleCases(AccessScope scope, Map<String, Object> params) {
		if (!scope.seesPeople()) {
			return "select scope_n.id from enrollment scope_n where 1 = 0";
		}
		return visibleIds(scope, params);
	}

	/**
	 * The SQL condition on an enrollment {@code e} that holds for the user's own cases:
	 * those they are responsible for or hold a case role on.
	 */
	static String own(AccessScope scope, Map<String, Object> params) {
		return "e.id in (" + ownIds(scope, params) + ")";
	}

	/**
	 * The SQL select of the ids of the cases of the participants in the named parameter,
	 * for another module's query over its own rows of those cases.
	 */
	public static String ofParticipants(String parameter) {
		return "select scope_o.id from enrollment scope_o where scope_o.participant_id in (:" + parameter + ")";
	}

	/** The ids of the participants on the cases the user may read, as a select. */
	static String participantIds(AccessScope scope, Map<String, Object> params) {
		return "select scope_v.participant_id from enrollment scope_v where scope_v.id in (" + visibleIds(scope, params)
				+ ")";
	}

	private static String visibleIds(AccessScope scope, Map<String, Object> params) {
		String own = ownIds(scope, params);
		if (scope.role() == Role.PROJECT_MANAGER) {
			params.put("scope_projects", scope.projectFilter());
			return "select scope_e.id from enrollment scope_e where scope_e.project_id in (:scope_projects) union "
					+ own;
		}
		if (scope.municipalityCode() != null) {
			params.put("scope_projects", scope.projectFilter());
			return "select scope_e.id from enrollment scope_e where scope_e.project_id in (:scope_projects)"
					+ " and scope_e.participant_id in ("
					+ ParticipantManagement.livingIn(scope.municipalityCode(), "scope_municipality", params)
					+ ") union " + own;
		}
		return own;
	}

	/**
	 * The ids of the user's own cases, as a union that both halves answer from an index;
	 * an {@code or} between them would read every enrollment.
	 */
	private static String ownIds(AccessScope scope, Map<String, Object> params) {
		params.put("scope_user", scope.userId());
		return "select scope_r.id from enrollment scope_r where scope_r.responsible_user_id = :scope_user"
				+ " union select scope_cs.enrollment_id from case_staff scope_cs where scope_cs.user_id = :scope_user";
	}

}
