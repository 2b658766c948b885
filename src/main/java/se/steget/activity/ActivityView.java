package se.steget.activity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An activity in a list, with how many take part.
 */
public record ActivityView(UUID id, UUID projectId, ActivityKind kind, String title, LocalDate startDate,
		LocalDate endDate, Integer capacity, int members, String employer) {

	static final String SELECT = "select a.id, a.project_id, a.kind, a.title, a.start_date, a.end_date, a.capacity,"
			+ " (select count(*) from activity_member m where m.activity_id = a.id) as members, a.employer"
			+ " from activity a";

}
