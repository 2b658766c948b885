package se.steget.enrollment;

import java.util.UUID;

/**
 * A staff member on a case as the enrollment page shows them.
 */
public record CaseStaffView(UUID userId, String displayName, CaseRole caseRole) {

}
