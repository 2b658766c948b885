package se.steget.activity;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * The enrollment a user puts into an activity.
 */
public class MemberForm {

	@NotNull(message = "{error.required}")
	private UUID enrollmentId;

	public UUID getEnrollmentId() {
		return this.enrollmentId;
	}

	public void setEnrollmentId(UUID enrollmentId) {
		this.enrollmentId = enrollmentId;
	}

}
