package se.steget.activity;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/**
 * One participant's line in a session's attendance: present or not, and for how long.
 */
public class AttendanceRow {

	private UUID enrollmentId;

	private boolean present;

	@DecimalMin(value = "0.25", message = "{error.participantHours}")
	@DecimalMax(value = "12", message = "{error.participantHours}")
	private BigDecimal hours;

	public AttendanceRow() {
	}

	AttendanceRow(UUID enrollmentId, boolean present, BigDecimal hours) {
		this.enrollmentId = enrollmentId;
		this.present = present;
		this.hours = hours;
	}

	public UUID getEnrollmentId() {
		return this.enrollmentId;
	}

	public void setEnrollmentId(UUID enrollmentId) {
		this.enrollmentId = enrollmentId;
	}

	public boolean isPresent() {
		return this.present;
	}

	public void setPresent(boolean present) {
		this.present = present;
	}

	public BigDecimal getHours() {
		return this.hours;
	}

	public void setHours(BigDecimal hours) {
		this.hours = hours;
	}

}
