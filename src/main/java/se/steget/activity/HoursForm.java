package se.steget.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A participant's hours in one activity on one day.
 */
public class HoursForm {

	@NotNull(message = "{error.required}")
	private UUID activityId;

	@NotNull(message = "{error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate attendedOn;

	@NotNull(message = "{error.required}")
	@DecimalMin(value = "0.25", message = "{error.participantHours}")
	@DecimalMax(value = "12", message = "{error.participantHours}")
	private BigDecimal hours;

	public HoursForm() {
	}

	public HoursForm(UUID activityId, LocalDate attendedOn, BigDecimal hours) {
		this.activityId = activityId;
		this.attendedOn = attendedOn;
		this.hours = hours;
	}

	public UUID getActivityId() {
		return this.activityId;
	}

	public void setActivityId(UUID activityId) {
		this.activityId = activityId;
	}

	public LocalDate getAttendedOn() {
		return this.attendedOn;
	}

	public void setAttendedOn(LocalDate attendedOn) {
		this.attendedOn = attendedOn;
	}

	public BigDecimal getHours() {
		return this.hours;
	}

	public void setHours(BigDecimal hours) {
		this.hours = hours;
	}

}
