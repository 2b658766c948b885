package se.steget.access;

import java.util.Set;
import java.util.UUID;

/**
 * What one user may see: every query that returns projects or people takes this scope, so
 * that rules are enforced in the data access and not only in menus.
 *
 * @param userId the user
 * @param role the user's role
 * @param projectIds the projects the user belongs to
 */
public record AccessScope(UUID userId, Role role, Set<UUID> projectIds) {

	public AccessScope {
		projectIds = Set.copyOf(projectIds);
	}

	/** Administrators see every project; all others only the projects they belong to. */
	public boolean allProjects() {
		return this.role == Role.ADMINISTRATOR;
	}

	public boolean canSeeProject(UUID projectId) {
		return allProjects() || this.projectIds.contains(projectId);
	}

	/** Whether the user may see people at all, rather than aggregated figures only. */
	public boolean seesPeople() {
		return this.role == Role.STAFF || this.role == Role.PROJECT_MANAGER || this.role == Role.ADMINISTRATOR;
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
