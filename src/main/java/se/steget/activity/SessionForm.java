package se.steget.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a user enters to add a session to an activity.
 */
public class SessionForm {

	@NotNull(message = "{error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate sessionDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime startsAt;

	@NotNull(message = "{error.required}")
	@DecimalMin(value = "0.25", message = "{error.participantHours}")
	@DecimalMax(value = "12", message = "{error.participantHours}")
	private BigDecimal hours;

	@NotBlank(message = "{error.required}")
	@Size(max = 200, message = "{error.tooLong}")
	private String topic;

	/** The form to correct a session as it is now. */
	static SessionForm of(ActivitySession session) {
		var form = new SessionForm();
		form.sessionDate = session.sessionDate();
		form.startsAt = session.startsAt();
		form.hours = session.hours();
		form.topic = session.topic();
		return form;
	}

	/** The session the form describes, once it is valid. */
	ActivitySession session() {
		return new ActivitySession(this.sessionDate, this.startsAt, this.hours, this.topic.strip());
	}

	public LocalDate getSessionDate() {
		return this.sessionDate;
	}

	public void setSessionDate(LocalDate sessionDate) {
		this.sessionDate = sessionDate;
	}

	public LocalTime getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(LocalTime startsAt) {
		this.startsAt = startsAt;
	}

	public BigDecimal getHours() {
		return this.hours;
	}

	public void setHours(BigDecimal hours) {
		this.hours = hours;
	}

	public String getTopic() {
		return this.topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

}
