package se.steget.matching;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a user confirms to record a hire as the participant's outcome: the day, and
 * whether the work is full time. The employer, the subsidy and whether it is outside the
 * home municipality come from the vacancy.
 */
public class HireOutcomeForm {

	@NotNull(message = "{error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate observedOn;

	private boolean fullTime = true;

	public LocalDate getObservedOn() {
		return this.observedOn;
	}

	public void setObservedOn(LocalDate observedOn) {
		this.observedOn = observedOn;
	}

	public boolean isFullTime() {
		return this.fullTime;
	}

	public void setFullTime(boolean fullTime) {
		this.fullTime = fullTime;
	}

}
