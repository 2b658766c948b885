package se.steget.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * The group programmes and internships of generated cases. Every project starts a group
 * each month, of eight weekly meetings, which about half of those who started the month
 * before join and mostly attend; about one in six does a four-week internship at one of
 * the generated employers.
 */
final class GeneratedActivities implements AutoCloseable {

	private static final int MEETINGS = 8;

	private static final BigDecimal HOURS = new BigDecimal("3.00");

	private final RowWriter activities;

	private final RowWriter meetings;

	private final RowWriter members;

	private final RowWriter attendance;

	private final Map<String, UUID> groups = new HashMap<>();

	private final List<UUID> employers;

	private final LocalDate today;

	private final Random random;

	GeneratedActivities(DataSource dataSource, RowWriter enrollments, List<UUID> employers, LocalDate today,
			Random random) {
		this.activities = RowWriter
			.to(dataSource, "activity", "id", "project_id", "kind", "title", "start_date", "end_date", "location",
					"capacity", "employer_id", "staff_user_id", "version")
			.after(enrollments);
		this.meetings = RowWriter.to(dataSource, "activity_session", "activity_id", "session_date", "hours", "topic")
			.after(this.activities);
		this.members = RowWriter.to(dataSource, "activity_member", "activity_id", "enrollment_id", "joined_on")
			.after(this.meetings);
		this.attendance = RowWriter.to(dataSource, "attendance", "activity_id", "enrollment_id", "attended_on", "hours")
			.after(this.members);
		this.employers = employers;
		this.today = today;
		this.random = random;
	}

	/** The activities of one case; {@code exit} is null while it is open. */
	void of(UUID enrollment, UUID project, UUID staff, LocalDate start, LocalDate exit) {
		if (this.random.nextInt(2) == 0) {
			joinGroup(enrollment, project, staff, start, exit);
		}
		LocalDate internship = start.plusDays(30 + this.random.nextInt(60));
		if (this.random.nextInt(6) == 0 && !internship.isAfter(this.today)
				&& (exit == null || internship.isBefore(exit))) {
			UUID id = UUID.randomUUID();
			this.activities.row(id, project, "INTERNSHIP", "Praktik", internship, internship.plusDays(27), null, 1,
					this.employers.get(this.random.nextInt(this.employers.size())), staff, 0);
			this.members.row(id, enrollment, internship);
		}
	}

	private void joinGroup(UUID enrollment, UUID project, UUID staff, LocalDate start, LocalDate exit) {
		LocalDate first = YearMonth.from(start).plusMonths(1).atDay(1);
		UUID group = this.groups.computeIfAbsent(project + "/" + first, (key) -> startGroup(project, staff, first));
		this.members.row(group, enrollment, start);
		for (int meeting = 0; meeting < MEETINGS; meeting++) {
			LocalDate day = first.plusWeeks(meeting);
			if (day.isAfter(this.today) || (exit != null && day.isAfter(exit))) {
				return;
			}
			if (this.random.nextInt(100) < 85) {
				this.attendance.row(group, enrollment, day, HOURS);
			}
		}
	}

	private UUID startGroup(UUID project, UUID staff, LocalDate first) {
		UUID id = UUID.randomUUID();
		this.activities.row(id, project, "GROUP_PROGRAMME", "Vägen vidare " + YearMonth.from(first), first,
				first.plusWeeks(MEETINGS - 1), "Träffpunkten", 20, null, staff, 0);
		for (int meeting = 0; meeting < MEETINGS; meeting++) {
			this.meetings.row(id, first.plusWeeks(meeting), HOURS, "Träff " + (meeting + 1));
		}
		return id;
	}

	long activitiesWritten() {
		return this.activities.written();
	}

	long attendanceWritten() {
		return this.attendance.written();
	}

	@Override
	public void close() {
		this.attendance.flush();
		this.members.flush();
	}

}
