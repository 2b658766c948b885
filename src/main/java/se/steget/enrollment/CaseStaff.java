package se.steget.enrollment;

import java.util.UUID;

/**
 * A staff member on a shared case, with their role in it.
 */
record CaseStaff(UUID userId, CaseRole caseRole) {

}
