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
	 * The same rule as {@link #visible}, as a condition on the enrollment {@code e}'s own
	 * row: for a query that finds a few cases by another index (a job profile's
	 * occupation) and checks each, where the union would read every case of the scope.
	 */
	public static String visibleRow(AccessScope scope, Map<String, Object> params) {
		if (!scope.seesPeople()) {
			return "1 = 0";
		}
		params.put("scope_user", scope.userId());
		String own = "(e.responsible_user_id = :scope_user or exists (select 1 from case_staff scope_cs"
				+ " where scope_cs.enrollment_id = e.id and scope_cs.user_id = :scope_user))";
		if (scope.role() == Role.PROJECT_MANAGER) {
			params.put("scope_projects", scope.projectFilter());
			return "(e.project_id in (:scope_projects) or " + own + ")";
		}
		if (scope.municipalityCode() != null) {
			params.put("scope_projects", scope.projectFilter());
			return "((e.project_id in (:scope_projects) and e.participant_id in ("
					+ ParticipantManagement.livingIn(scope.municipalityCode(), "scope_municipality", params) + ")) or "
					+ own + ")";
		}
		return own;
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
