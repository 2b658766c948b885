package se.steget.access;

import java.util.Set;
import java.util.UUID;

/**
 * What one user may see: every query that returns projects or people takes this scope, so
 * that rules are enforced in the data access and not only in menus.
 * <p>
 * Cases: a project manager sees every case of their projects; a municipal coordinator the
 * cases of their projects whose participant lives in their municipality; everyone else
 * who sees people (staff, and administrators) only the cases they are responsible for or
 * hold a case role on. The steering group and finance see aggregates, the evaluator
 * pseudonymised extracts.
 *
 * @param userId the user
 * @param role the user's role
 * @param projectIds the projects the user belongs to
 * @param municipalityCode a municipal coordinator's municipality, otherwise null
 */
public record AccessScope(UUID userId, Role role, Set<UUID> projectIds, String municipalityCode) {

	public AccessScope {
		projectIds = Set.copyOf(projectIds);
	}

	public AccessScope(UUID userId, Role role, Set<UUID> projectIds) {
		this(userId, role, projectIds, null);
	}

	/**
	 * Administrators see every project's details; all others only the projects they
	 * belong to.
	 */
	public boolean allProjects() {
		return this.role == Role.ADMINISTRATOR;
	}

	public boolean canSeeProject(UUID projectId) {
		return allProjects() || this.projectIds.contains(projectId);
	}

	/**
	 * Whether the user may see people at all, rather than aggregated figures only; which
	 * people is the enrollment module's {@code CaseScope}.
	 */
	public boolean seesPeople() {
		return this.role.seesPeople();
	}

	/** Whether the user may see aggregated figures: everyone but the evaluator. */
	public boolean seesFigures() {
		return this.role.seesFigures();
	}

	/** Whether small cells must be hidden from this user. */
	public boolean seesSuppressedFigures() {
		return this.role == Role.STEERING_GROUP || this.role == Role.FINANCE;
	}

	/** Whether the user sees every case of the project: its project managers. */
	public boolean seesWholeProject(UUID projectId) {
		return this.role == Role.PROJECT_MANAGER && this.projectIds.contains(projectId);
	}

	public boolean canManageProjects() {
		return this.role == Role.ADMINISTRATOR || this.role == Role.PROJECT_MANAGER;
	}

	/**
	 * The project ids to filter on in SQL; empty means none. Callers check
	 * {@link #allProjects()} first.
	 */
	public Set<UUID> projectFilter() {
		return this.projectIds.isEmpty() ? Set.of(new UUID(0, 0)) : this.projectIds;
	}

}
