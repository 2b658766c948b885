package se.steget.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import se.steget.core.Difference;

/**
 * One meeting of an activity, on one day, with its topic.
 */
public record ActivitySession(LocalDate sessionDate, LocalTime startsAt, BigDecimal hours, String topic) {

	/** What differs from this session in the other, for the history. */
	List<Difference> changesTo(ActivitySession other) {
		return Difference.builder()
			.context("activity.sessionDate", this.sessionDate)
			.text("activity.startsAt", this.startsAt, other.startsAt)
			.text("activity.sessionHours", plain(this.hours), plain(other.hours))
			.text("activity.topic", this.topic, other.topic)
			.list();
	}

	private static String plain(BigDecimal hours) {
		return (hours != null) ? hours.stripTrailingZeros().toPlainString() : null;
	}

}
