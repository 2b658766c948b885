package se.steget.access;

import java.util.UUID;

/**
 * What an administrator sets on an account.
 *
 * @param municipalityCode a municipal coordinator's municipality, otherwise null
 */
record AccountDetails(String displayName, String email, Role role, StaffFunction staffFunction, String municipalityCode,
		UUID organisationId, boolean enabled) {

	boolean municipalCoordinator() {
		return this.role == Role.STAFF && this.staffFunction == StaffFunction.MUNICIPAL_COORDINATOR;
	}

}
