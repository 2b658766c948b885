package se.steget.system;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.steget.Races;
import se.steget.TestData;
import se.steget.TestNumbers;
import se.steget.access.Role;
import se.steget.activity.ActivityForm;
import se.steget.activity.ActivityKind;
import se.steget.activity.ActivityManagement;
import se.steget.activity.AttendanceManagement;
import se.steget.activity.HoursForm;
import se.steget.core.Gender;
import se.steget.core.RejectedInputException;
import se.steget.enrollment.EnrollmentForm;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.EnrollmentManagement.Enrolled;
import se.steget.participant.ParticipantForm;
import se.steget.participant.ParticipantManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules that a check-then-write could let two requests past at once, each hammered by
 * requests that arrive together: one stands, the other gets the refusal a sequential
 * request would get, never a server error.
 */
@SpringBootTest
class RuleRaceIntegrationTests {

	private static final int ROUNDS = 8;

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	private TestData data;

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private ParticipantManagement participants;

	@Autowired
	private ActivityManagement activities;

	@Autowired
	private AttendanceManagement attendance;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void twoOverlappingEnrollmentsOfOnePersonInOneProjectNeverBothStand() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		for (int round = 0; round < ROUNDS; round++) {
			UUID person = this.data.participant(coach, Gender.WOMAN);
			Callable<?> enroll = () -> this.enrollments.enroll(enrollment(person, project, coach),
					this.data.scope(coach));
			List<Throwable> ended = Races.race(List.of(enroll, enroll));
			assertThat(this.jdbc.sql("select count(*) from enrollment where participant_id = ?")
				.param(person)
				.query(Integer.class)
				.single()).isEqualTo(1);
			assertRefused(ended, "startDate", "error.overlappingEnrollment");
		}
	}

	@Test
	void onPostgresqlTheDatabaseItselfRefusesAnOverlapThatBypassesTheApplication() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		UUID person = this.data.participant(coach, Gender.MAN);
		UUID first = this.enrollments.enroll(enrollment(person, project, coach), this.data.scope(coach));
		String database = this.jdbc.sql("select 1")
			.query((rs, n) -> rs.getStatement().getConnection().getMetaData().getDatabaseProductName())
			.single();
		Callable<?> bypass = () -> this.jdbc
			.sql("insert into enrollment (id, participant_id, project_id, start_date, status, participation_percent,"
					+ " version) select ?, participant_id, project_id, start_date + 1, status, participation_percent, 0"
					+ " from enrollment where id = ?")
			.params(UUID.randomUUID(), first)
			.update();
		if (database.equals("PostgreSQL")) {
			assertThatThrownBy(bypass::call).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
				.hasMessageContaining("enrollment_no_overlap");
		}
		else {
			assertThatThrownBy(
					() -> this.enrollments.enroll(enrollment(person, project, coach), this.data.scope(coach)))
				.isInstanceOfSatisfying(RejectedInputException.class,
						(ex) -> assertThat(ex.messageKey()).isEqualTo("error.overlappingEnrollment"));
		}
		assertThat(this.jdbc.sql("select count(*) from enrollment where participant_id = ?")
			.param(person)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void twoBatchesOfEnrollmentsForTheSamePeopleInOppositeOrderEnrollEachOnceWithoutDeadlock() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		boolean postgres = "PostgreSQL".equals(this.jdbc.sql("select 1")
			.query((rs, n) -> rs.getStatement().getConnection().getMetaData().getDatabaseProductName())
			.single());
		for (int round = 0; round < ROUNDS; round++) {
			List<UUID> people = List.of(this.data.participant(coach, Gender.WOMAN),
					this.data.participant(coach, Gender.MAN), this.data.participant(coach, Gender.WOMAN));
			Collection<Enrolled> results = new ConcurrentLinkedQueue<>();
			List<Callable<?>> racers = new ArrayList<>();
			racers.add(() -> results.addAll(batch(people, project, coach)));
			racers
				.add(() -> results.addAll(batch(List.of(people.get(2), people.get(1), people.get(0)), project, coach)));
			if (postgres) {
				// past the application's lock: the exclusion constraint refuses the
				// batch,
				// and each of its enrollments is written on its own
				racers.add(() -> this.jdbc
					.sql("insert into enrollment (id, participant_id, project_id, start_date, status,"
							+ " participation_percent, version) values (?, ?, ?, ?, 'ACTIVE', 100, 0)")
					.params(UUID.randomUUID(), people.get(2), project, TODAY.minusDays(10))
					.update());
			}
			List<Throwable> ended = Races.race(racers);

			assertThat(ended.subList(0, 2)).containsOnlyNulls();
			for (UUID person : people) {
				assertThat(this.jdbc.sql("select count(*) from enrollment where participant_id = ?")
					.param(person)
					.query(Integer.class)
					.single()).isEqualTo(1);
			}
			long bypassed = (postgres && ended.get(2) == null) ? 1 : 0;
			assertThat(results).filteredOn((e) -> !e.refused()).hasSize(3 - (int) bypassed);
			assertThat(results).filteredOn(Enrolled::refused)
				.hasSize(3 + (int) bypassed)
				.allSatisfy((e) -> assertThat(e.refusal()).isInstanceOfSatisfying(RejectedInputException.class,
						(ex) -> assertThat(ex.messageKey()).isEqualTo("error.overlappingEnrollment")));
		}
	}

	private List<Enrolled> batch(List<UUID> people, UUID project, UUID coach) {
		return this.enrollments.enrollAll(people.stream().map((p) -> enrollment(p, project, coach)).toList(),
				this.data.scope(coach));
	}

	@Test
	void oneNumberRegisteredTwiceAtOnceIsOnePerson() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		for (int round = 0; round < ROUNDS; round++) {
			String number = TestNumbers.next();
			Callable<?> register = () -> this.participants.register(
					new ParticipantForm(number, "Samma", "Nummer", Gender.MAN, "0880", false), this.data.scope(coach));
			List<Throwable> ended = Races.race(List.of(register, register));
			assertThat(this.jdbc.sql("select count(*) from participant where personal_identity_number = ?")
				.param(number.replace("-", ""))
				.query(Integer.class)
				.single()).isEqualTo(1);
			assertRefused(ended, "personalIdentityNumber", "error.participantExists.lookUp");
		}
	}

	@Test
	void theDailyCapOfTwelveHoursHoldsForHoursRecordedAtOnceInTwoActivities() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		LocalDate monday = TODAY.minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		UUID enrollment = this.data.enroll(this.data.participant(coach, Gender.WOMAN), project, coach,
				monday.minusDays(7));
		UUID morning = group(project, coach, monday, "Förmiddag", 10);
		UUID afternoon = group(project, coach, monday, "Eftermiddag", 10);
		this.activities.addMember(morning, enrollment, this.data.scope(coach));
		this.activities.addMember(afternoon, enrollment, this.data.scope(coach));
		for (int weekday = 0; weekday < 5; weekday++) {
			LocalDate day = monday.plusDays(weekday);
			Callable<?> first = () -> hours(enrollment, morning, day, coach);
			Callable<?> second = () -> hours(enrollment, afternoon, day, coach);
			List<Throwable> ended = Races.race(List.of(first, second));
			assertThat(this.jdbc
				.sql("select coalesce(sum(hours), 0) from attendance where enrollment_id = ?" + " and attended_on = ?")
				.params(enrollment, day)
				.query(BigDecimal.class)
				.single()).isEqualByComparingTo("8");
			assertRefused(ended, "hours", "error.dayOver");
		}
	}

	@Test
	void aGroupWithOnePlaceLeftTakesOneOfTwoWhoArriveAtOnce() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		LocalDate monday = TODAY.plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		for (int round = 0; round < ROUNDS; round++) {
			UUID group = group(project, coach, monday, "Grupp " + round, 1);
			UUID anna = this.data.enroll(this.data.participant(coach, Gender.WOMAN), project, coach, TODAY);
			UUID bo = this.data.enroll(this.data.participant(coach, Gender.MAN), project, coach, TODAY);
			List<Throwable> ended = Races
				.race(List.of(() -> addMember(group, anna, coach), () -> addMember(group, bo, coach)));
			assertThat(this.jdbc.sql("select count(*) from activity_member where activity_id = ?")
				.param(group)
				.query(Integer.class)
				.single()).isEqualTo(1);
			assertRefused(ended, "enrollmentId", "error.activityFull");
		}
	}

	private Object hours(UUID enrollment, UUID activity, LocalDate day, UUID coach) {
		this.attendance.recordHours(enrollment, new HoursForm(activity, day, BigDecimal.valueOf(8)),
				this.data.scope(coach));
		return null;
	}

	private Object addMember(UUID group, UUID enrollment, UUID coach) {
		this.activities.addMember(group, enrollment, this.data.scope(coach));
		return null;
	}

	private UUID group(UUID project, UUID coach, LocalDate start, String title, int capacity) {
		ActivityForm form = ActivityForm.of(ActivityKind.GROUP_PROGRAMME, start, null, coach);
		form.setTitle(title);
		form.setCapacity(capacity);
		form.setEndDate(start.plusDays(4));
		return this.activities.plan(project, form, this.data.scope(coach));
	}

	private static EnrollmentForm enrollment(UUID person, UUID project, UUID coach) {
		var form = new EnrollmentForm();
		form.setParticipantId(person);
		form.setProjectId(project);
		form.setResponsibleUserId(coach);
		form.setStartDate(TODAY.minusDays(10));
		form.setActive(true);
		return form;
	}

	/** One of the two stood, and the other got the refusal a sequential request gets. */
	private static void assertRefused(List<Throwable> ended, String field, String messageKey) {
		assertThat(ended).filteredOn(Objects::isNull).hasSize(1);
		assertThat(ended).filteredOn(Objects::nonNull)
			.singleElement()
			.isInstanceOfSatisfying(RejectedInputException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo(field);
				assertThat(ex.messageKey()).isEqualTo(messageKey);
			});
	}

}
