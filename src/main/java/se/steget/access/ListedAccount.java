package se.steget.access;

import java.util.Set;
import java.util.UUID;

/**
 * An account as a file of staff lists it: its form as saved (with its version) and the
 * projects its user belongs to.
 */
public record ListedAccount(UUID id, UserForm form, Set<UUID> projectIds) {

	public ListedAccount {
		projectIds = Set.copyOf(projectIds);
	}

}
