package se.steget.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import se.steget.core.Difference;

/**
 * A new activity as it is planned: its kind, title and dates (an end may be left to the
 * kind's default), place, capacity, employer (with its place and supervisor), goals, the
 * staff member who leads it, and a group programme's topics, one session per weekday.
 */
record ActivityPlan(ActivityKind kind, String title, LocalDate startDate, LocalDate endDate, String location,
		String country, Integer capacity, UUID employerId, UUID placeId, UUID supervisorId, String goals,
		UUID staffUserId, List<String> topics, BigDecimal sessionHours) {

	/** No activity: what a removed one becomes. */
	static final ActivityPlan NONE = new ActivityPlan(null, "", null, null, null, null, null, null, null, null, null,
			null, List.of(), null);

	ActivityPlan {
		title = title.strip();
		topics = List.copyOf(topics);
	}

	/** The planned details that differ from this plan in the other, for the history. */
	List<Difference> changesTo(ActivityPlan other, Function<UUID, String> supervisorName,
			Function<UUID, String> staffName) {
		return Difference.builder()
			.text("activity.title", this.title, other.title)
			.text("activity.startDate", this.startDate, other.startDate)
			.text("activity.endDate", this.endDate, other.endDate)
			.text("activity.location", this.location, other.location)
			.text("activity.country", this.country, other.country)
			.text("activity.capacity", this.capacity, other.capacity)
			.text("activity.supervisor", supervisorName.apply(this.supervisorId),
					supervisorName.apply(other.supervisorId))
			.text("activity.goals", this.goals, other.goals)
			.text("activity.staff", staffName.apply(this.staffUserId), staffName.apply(other.staffUserId))
			.list();
	}

}
