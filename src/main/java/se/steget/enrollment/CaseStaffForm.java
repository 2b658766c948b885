package se.steget.enrollment;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * What a user enters to add a staff member to a shared case.
 */
public class CaseStaffForm {

	@NotNull(message = "{error.required}")
	private UUID userId;

	@NotNull(message = "{error.required}")
	private CaseRole caseRole;

	public CaseStaffForm() {
	}

	public CaseStaffForm(UUID userId, CaseRole caseRole) {
		this.userId = userId;
		this.caseRole = caseRole;
	}

	public UUID getUserId() {
		return this.userId;
	}

	public void setUserId(UUID userId) {
		this.userId = userId;
	}

	public CaseRole getCaseRole() {
		return this.caseRole;
	}

	public void setCaseRole(CaseRole caseRole) {
		this.caseRole = caseRole;
	}

}
