package se.steget.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.steget.access.AccessScope;
import se.steget.activity.ActivityForm;
import se.steget.activity.ActivityKind;
import se.steget.activity.ActivityManagement;
import se.steget.activity.ActivitySession;
import se.steget.activity.AttendanceForm;
import se.steget.activity.AttendanceManagement;
import se.steget.activity.HoursForm;

/**
 * The demo's activities: Jobbfokus' four-week group start with its fixed topics, followed
 * by an internship for some, and CreaDiem's exchange abroad, with attendance and hours.
 */
@Component
class DemoActivities {

	static final List<String> GROUP_START_TOPICS = List.of("Introduktion", "Gruppens utveckling", "Motivation",
			"Arbetsmarknaden", "Kompetens", "Personlig stil", "Stress", "Jämställdhet", "Inför arbetsgivarkontakter");

	private static final List<String> LANGUAGE_TOPICS = List.of("Presentera dig", "Arbetsplatsens ord", "Skriva cv",
			"Intervjuträning", "Arbetsmiljö och rättigheter", "Samtal i fikarummet");

	private final ActivityManagement activities;

	private final AttendanceManagement attendance;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoActivities(ActivityManagement activities, AttendanceManagement attendance, JdbcClient jdbc, Clock clock) {
		this.activities = activities;
		this.attendance = attendance;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Jobbfokus' group start eight months into the project, then an internship at an
	 * employer for four of its members.
	 */
	void jobbfokus(UUID projectId, LocalDate projectStart, UUID coach, AccessScope manager, Random random,
			List<DemoEmployers.Registered> employers) {
		LocalDate monday = projectStart.plusMonths(8).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		List<UUID> members = group(projectId, "Gruppstart", GROUP_START_TOPICS, monday, coach, manager, random);
		LocalDate internshipStart = monday.plusWeeks(4);
		for (int i = 0; i < Math.min(4, members.size()); i++) {
			internship(projectId, members.get(i), internshipStart, employers.get(i), coach, manager, random);
		}
	}

	/**
	 * OPIS' language group of the last weeks, and a work trial for one of its members.
	 */
	void opis(UUID projectId, UUID coach, AccessScope manager, Random random,
			List<DemoEmployers.Registered> employers) {
		LocalDate monday = LocalDate.now(this.clock)
			.minusWeeks(3)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<UUID> members = group(projectId, "Svenska i arbetslivet", LANGUAGE_TOPICS, monday, coach, manager, random);
		if (!members.isEmpty()) {
			internship(projectId, members.get(0), monday.plusWeeks(2), employers.get(4), coach, manager, random);
		}
	}

	/** A week's exchange abroad a year into CreaDiem. */
	void creadiem(UUID projectId, LocalDate projectStart, UUID coach, AccessScope manager) {
		LocalDate start = projectStart.plusYears(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		var form = ActivityForm.of(ActivityKind.EXCHANGE, start, null, coach);
		form.setTitle("Utbyte med socialt företag");
		form.setEndDate(start.plusDays(4));
		form.setLocation("Tallinn");
		form.setCountry("Estland");
		form.setCapacity(6);
		UUID id = this.activities.plan(projectId, form, manager);
		takingPart(projectId, start, start.plusDays(4), 6).forEach((e) -> this.activities.addMember(id, e, manager));
	}

	private List<UUID> group(UUID projectId, String title, List<String> topics, LocalDate monday, UUID coach,
			AccessScope manager, Random random) {
		var form = ActivityForm.of(ActivityKind.GROUP_PROGRAMME, monday, null, coach);
		form.setTitle(title);
		form.setCapacity(12);
		form.setEndDate(monday.plusWeeks(4).minusDays(3));
		form.setTopics(String.join("\n", topics));
		UUID group = this.activities.plan(projectId, form, manager);
		List<UUID> members = takingPart(projectId, monday, monday.plusWeeks(8), 12);
		members.forEach((e) -> this.activities.addMember(group, e, manager));
		LocalDate today = LocalDate.now(this.clock);
		for (ActivitySession session : this.activities.get(group, manager).sessions()) {
			if (session.sessionDate().isBefore(today)) {
				AttendanceForm sheet = this.attendance.session(group, session.sessionDate(), manager);
				sheet.getRows().forEach((row) -> row.setPresent(random.nextInt(10) < 8));
				this.attendance.recordSession(group, session.sessionDate(), sheet, manager);
			}
		}
		return members;
	}

	private void internship(UUID projectId, UUID enrollment, LocalDate start, DemoEmployers.Registered employer,
			UUID coach, AccessScope manager, Random random) {
		var form = ActivityForm.of(ActivityKind.INTERNSHIP, start, enrollment, coach);
		form.setTitle("Praktik hos " + employer.seed().name());
		form.setEmployerId(employer.id());
		form.setSupervisorId(employer.contactPersonId());
		form.setGoals("Pröva arbetsuppgifterna och arbetstiderna. Få en referens.");
		UUID id = this.activities.plan(projectId, form, manager);
		LocalDate yesterday = LocalDate.now(this.clock).minusDays(1);
		for (LocalDate day = start; !day.isAfter(yesterday)
				&& !day.isAfter(start.plusDays(27)); day = day.plusDays(1)) {
			if (day.getDayOfWeek().getValue() <= 5 && random.nextInt(10) < 9) {
				BigDecimal hours = BigDecimal.valueOf(4 + random.nextInt(5));
				this.attendance.recordHours(enrollment, new HoursForm(id, day, hours), manager);
			}
		}
	}

	/** Enrollments in the project from before the first day until after the last. */
	private List<UUID> takingPart(UUID projectId, LocalDate first, LocalDate last, int most) {
		return this.jdbc
			.sql("select id from enrollment where project_id = ? and start_date < ?"
					+ " and (exit_date is null or exit_date > ?) order by start_date, id limit ?")
			.params(projectId, first, last, most)
			.query(UUID.class)
			.list();
	}

}
