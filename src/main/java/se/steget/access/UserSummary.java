package se.steget.access;

import java.util.UUID;

/**
 * A user account as the administrator's list shows it.
 */
public record UserSummary(UUID id, String username, String displayName, Role role, StaffFunction staffFunction,
		boolean enabled) {

}
