package se.steget.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A new activity as it is planned: its kind, title and dates (an end may be left to the
 * kind's default), place, capacity, employer (with its place and supervisor), goals, the
 * staff member who leads it, and a group programme's topics, one session per weekday.
 */
record ActivityPlan(ActivityKind kind, String title, LocalDate startDate, LocalDate endDate, String location,
		String country, Integer capacity, UUID employerId, UUID placeId, UUID supervisorId, String goals,
		UUID staffUserId, List<String> topics, BigDecimal sessionHours) {

	ActivityPlan {
		title = title.strip();
		topics = List.copyOf(topics);
	}

}
