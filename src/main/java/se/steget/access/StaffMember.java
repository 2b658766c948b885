package se.steget.access;

import java.util.UUID;

/**
 * A user as other modules show them: in a select list, as the responsible staff member.
 */
public record StaffMember(UUID id, String displayName, Role role, StaffFunction staffFunction, UUID organisationId) {

}
