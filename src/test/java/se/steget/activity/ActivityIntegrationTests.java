package se.steget.activity;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.steget.TestData;
import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.enrollment.PathManagement;
import se.steget.enrollment.TimelineEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ActivityIntegrationTests {

	static final List<String> GROUP_START_TOPICS = List.of("Introduktion", "Gruppens utveckling", "Motivation",
			"Arbetsmarknaden", "Kompetens", "Personlig stil", "Stress", "Jämställdhet", "Inför arbetsgivarkontakter");

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	/**
	 * A Monday in the previous month, so that every session of a group start has been.
	 */
	private static final LocalDate MONDAY = YearMonth.from(TODAY)
		.minusMonths(2)
		.atDay(1)
		.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));

	@Autowired
	private ActivityManagement activities;

	@Autowired
	private AttendanceManagement attendance;

	@Autowired
	private PathManagement paths;

	@Autowired
	private se.steget.enrollment.EnrollmentManagement enrollments;

	@Autowired
	private TestData data;

	private UUID coach;

	private UUID project;

	private UUID anna;

	private UUID erik;

	private UUID employer;

	@BeforeEach
	void aProjectWithTwoParticipants() {
		this.coach = this.data.user(Role.STAFF);
		this.project = this.data.project(this.coach);
		this.anna = this.data.enroll(this.data.participant(this.coach, Gender.WOMAN), this.project, this.coach,
				MONDAY.minusMonths(1));
		this.erik = this.data.enroll(this.data.participant(this.coach, Gender.MAN), this.project, this.coach,
				MONDAY.minusMonths(1));
		this.employer = this.data.employer("Lagerbolaget AB", "1880");
	}

	@Test
	void aGroupStartGetsOneSessionPerWeekdayFromItsTopics() {
		UUID id = this.activities.plan(this.project, groupStart(12), scope());

		ActivityDetail group = this.activities.get(id, scope());
		assertThat(group.sessions()).extracting(ActivitySession::topic).containsExactlyElementsOf(GROUP_START_TOPICS);
		assertThat(group.sessions()).extracting((s) -> s.sessionDate().getDayOfWeek())
			.doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
		assertThat(group.sessions().get(0).sessionDate()).isEqualTo(MONDAY);
		assertThat(group.sessions().get(8).sessionDate()).isEqualTo(MONDAY.plusDays(10));
		assertThat(group.endDate()).isEqualTo(MONDAY.plusDays(10));
		assertThat(group.members()).isEmpty();
	}

	@Test
	void theCalendarShowsSessionsAndTheStartAndEndOfActivitiesWithoutSessions() {
		this.activities.plan(this.project, groupStart(12), scope());
		this.activities.plan(this.project, internship(this.anna, MONDAY.plusDays(2), null), scope());

		List<CalendarDay> days = this.activities.calendar(this.project, YearMonth.from(MONDAY), scope());
		CalendarDay wednesday = days.stream()
			.filter((d) -> d.day().equals(MONDAY.plusDays(2)))
			.findFirst()
			.orElseThrow();
		assertThat(wednesday.entries()).extracting(CalendarEntry::moment, CalendarEntry::topic)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(CalendarEntry.Moment.SESSION, "Motivation"),
					org.assertj.core.groups.Tuple.tuple(CalendarEntry.Moment.STARTS, null));
		List<CalendarEntry> all = days.stream().flatMap((d) -> d.entries().stream()).toList();
		assertThat(all).filteredOn((e) -> e.moment() == CalendarEntry.Moment.SESSION).hasSize(9);
		LocalDate end = MONDAY.plusDays(29);
		assertThat(this.activities.calendar(this.project, YearMonth.from(end), scope()))
			.flatExtracting(CalendarDay::entries)
			.filteredOn((e) -> e.moment() == CalendarEntry.Moment.ENDS)
			.extracting(CalendarEntry::happensOn, CalendarEntry::title)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(end, "Praktik på lagret"));
	}

	@Test
	void refusesSomeoneWhoLeftTheProjectBeforeTheActivity() {
		UUID group = this.activities.plan(this.project, groupStart(12), scope());
		UUID left = this.data.enroll(this.data.participant(this.coach, Gender.MAN), this.project, this.coach,
				MONDAY.minusMonths(2));
		var exit = new se.steget.enrollment.ExitForm();
		exit.setExitDate(MONDAY.minusDays(1));
		exit.setExitReason(se.steget.enrollment.ExitReason.EMPLOYMENT);
		this.enrollments.exit(left, exit, scope());

		assertThatThrownBy(() -> this.activities.addMember(group, left, scope())).isInstanceOfSatisfying(
				RejectedInputException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("error.notInProjectDuringActivity"));
		assertThat(this.activities.get(group, scope()).members()).isEmpty();
	}

	@Test
	void aGroupTakesNoMoreThanItsCapacity() {
		UUID id = this.activities.plan(this.project, groupStart(1), scope());
		this.activities.addMember(id, this.anna, scope());

		assertThatThrownBy(() -> this.activities.addMember(id, this.erik, scope())).isInstanceOfSatisfying(
				RejectedInputException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("error.activityFull"));
		assertThat(this.activities.get(id, scope()).members()).extracting(MemberView::enrollmentId)
			.containsExactly(this.anna);
	}

	@Test
	void anInternshipLastsFourWeeksUnlessToldOtherwise() {
		UUID id = this.activities.plan(this.project, internship(this.anna, MONDAY, null), scope());

		ActivityDetail internship = this.activities.get(id, scope());
		assertThat(internship.endDate()).isEqualTo(MONDAY.plusDays(27));
		assertThat(internship.capacity()).isEqualTo(1);
		assertThat(internship.members()).extracting(MemberView::enrollmentId).containsExactly(this.anna);
		assertThat(this.paths.timeline(internship.members().get(0).participantId(), scope()))
			.filteredOn((e) -> e.kind() == TimelineEvent.Kind.ACTIVITY)
			.extracting(TimelineEvent::detail, TimelineEvent::detailKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Praktik på lagret", "activityKind.INTERNSHIP"));
	}

	@Test
	void refusesAnInternshipThatEndsBeforeItStartsOrHasNoEmployerAndSavesNothing() {
		assertThatThrownBy(
				() -> this.activities.plan(this.project, internship(this.anna, MONDAY, MONDAY.minusDays(1)), scope()))
			.isInstanceOfSatisfying(RejectedInputException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("endDate");
				assertThat(ex.messageKey()).isEqualTo("error.endBeforeStart");
			});
		ActivityForm noEmployer = internship(this.anna, MONDAY, null);
		noEmployer.setEmployerId(null);
		assertThatThrownBy(() -> this.activities.plan(this.project, noEmployer, scope())).isInstanceOfSatisfying(
				RejectedInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("employerId"));
		assertThat(this.activities.ofProject(this.project, scope())).isEmpty();
	}

	@Test
	void recordsWhoCameToASession() {
		UUID id = groupWithAnnaAndErik();

		this.attendance.recordSession(id, MONDAY, attendance(id, this.anna), scope());

		AttendanceForm recorded = this.attendance.session(id, MONDAY, scope());
		assertThat(recorded.getRows()).filteredOn(AttendanceRow::isPresent)
			.extracting(AttendanceRow::getEnrollmentId)
			.containsExactly(this.anna);
		assertThat(this.attendance.month(this.anna, YearMonth.from(MONDAY), scope()).total()).isEqualByComparingTo("3");
		assertThat(this.attendance.month(this.erik, YearMonth.from(MONDAY), scope()).rows()).isEmpty();
	}

	@Test
	void refusesAttendanceForSomeoneNotInTheSessionAndSavesNothing() {
		UUID id = groupWithAnnaAndErik();
		this.attendance.recordSession(id, MONDAY, attendance(id, this.anna), scope());
		UUID outsider = this.data.enroll(this.data.participant(this.coach, Gender.NON_BINARY), this.project, this.coach,
				MONDAY.minusMonths(1));
		AttendanceForm form = attendance(id, this.erik);
		form.getRows().add(new AttendanceRow(outsider, true, BigDecimal.valueOf(3)));

		assertThatThrownBy(() -> this.attendance.recordSession(id, MONDAY, form, scope()))
			.isInstanceOfSatisfying(RejectedInputException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("error.notInActivity");
				assertThat(ex.field()).isEqualTo("rows[2].present");
			});
		assertThat(this.attendance.session(id, MONDAY, scope()).getRows()).filteredOn(AttendanceRow::isPresent)
			.extracting(AttendanceRow::getEnrollmentId)
			.containsExactly(this.anna);
		assertThat(this.attendance.month(outsider, YearMonth.from(MONDAY), scope()).rows()).isEmpty();
	}

	@Test
	void refusesHoursOutsideTheActivityOrOverTwelveInADay() {
		UUID group = groupWithAnnaAndErik();
		UUID internship = this.activities.plan(this.project, internship(this.anna, MONDAY, null), scope());
		this.attendance.recordSession(group, MONDAY, attendance(group, this.anna), scope());

		assertThatThrownBy(() -> this.attendance.recordHours(this.anna,
				new HoursForm(internship, MONDAY.minusDays(1), BigDecimal.ONE), scope()))
			.isInstanceOfSatisfying(RejectedInputException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.outsideActivity"));
		assertThatThrownBy(() -> this.attendance.recordHours(this.anna,
				new HoursForm(internship, MONDAY, BigDecimal.valueOf(9.5)), scope()))
			.isInstanceOfSatisfying(RejectedInputException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.dayOver"));
		assertThatThrownBy(() -> this.attendance
			.recordHours(this.erik, new HoursForm(internship, MONDAY, BigDecimal.ONE), scope())).isInstanceOfSatisfying(
					RejectedInputException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("error.notInActivity"));

		this.attendance.recordHours(this.anna, new HoursForm(internship, MONDAY, BigDecimal.valueOf(9)), scope());
		assertThat(this.attendance.month(this.anna, YearMonth.from(MONDAY), scope()).total())
			.isEqualByComparingTo("12");
	}

	@Test
	void keepsActivitiesToThoseWhoSeeTheProject() {
		UUID id = groupWithAnnaAndErik();
		AccessScope stranger = this.data.scope(this.data.user(Role.STAFF));

		assertThatThrownBy(() -> this.activities.get(id, stranger)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.activities.ofProject(this.project, stranger))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.attendance.recordSession(id, MONDAY, attendance(id, this.anna), stranger))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aCoachSeesTheirOwnMembersOfAGroupAndItsLeaderSeesAll() {
		UUID id = groupWithAnnaAndErik();
		UUID colleague = this.data.user(Role.STAFF);
		UUID leader = this.data.user(Role.STAFF);
		this.data.addMembers(this.project, colleague, leader);
		UUID bo = this.data.enroll(this.data.participant(colleague, Gender.MAN), this.project, colleague,
				MONDAY.minusMonths(1));
		this.activities.addMember(id, bo, this.data.scope(colleague));
		this.attendance.recordSession(id, MONDAY, attendance(id, this.anna), scope());

		ActivityDetail seenByColleague = this.activities.get(id, this.data.scope(colleague));
		assertThat(seenByColleague.members()).extracting(MemberView::enrollmentId).containsExactly(bo);
		assertThat(seenByColleague.othersCount()).isEqualTo(2);
		assertThat(seenByColleague.membersByGender().total()).isEqualTo(3);
		AttendanceForm colleaguesForm = this.attendance.session(id, MONDAY, this.data.scope(colleague));
		assertThat(colleaguesForm.getRows()).extracting(AttendanceRow::getEnrollmentId).containsExactly(bo);
		colleaguesForm.getRows().forEach((row) -> row.setPresent(true));
		this.attendance.recordSession(id, MONDAY, colleaguesForm, this.data.scope(colleague));
		assertThat(this.attendance.session(id, MONDAY, scope()).getRows()).filteredOn(AttendanceRow::isPresent)
			.extracting(AttendanceRow::getEnrollmentId)
			.containsExactly(this.anna);
		assertThatThrownBy(() -> this.activities.removeMember(id, this.anna, null, this.data.scope(colleague)))
			.isInstanceOf(NotFoundException.class);

		ActivityForm led = groupStart(12);
		led.setStaffUserId(leader);
		UUID ledGroup = this.activities.plan(this.project, led, scope());
		this.activities.addMember(ledGroup, this.anna, scope());
		this.activities.addMember(ledGroup, bo, this.data.scope(colleague));
		assertThat(this.activities.get(ledGroup, this.data.scope(leader)).members())
			.extracting(MemberView::enrollmentId)
			.containsExactlyInAnyOrder(this.anna, bo);
	}

	private UUID groupWithAnnaAndErik() {
		UUID id = this.activities.plan(this.project, groupStart(12), scope());
		this.activities.addMember(id, this.anna, scope());
		this.activities.addMember(id, this.erik, scope());
		return id;
	}

	private AttendanceForm attendance(UUID activity, UUID present) {
		AttendanceForm form = this.attendance.session(activity, MONDAY, scope());
		form.getRows().forEach((row) -> row.setPresent(row.getEnrollmentId().equals(present)));
		return form;
	}

	static ActivityForm groupStart(int capacity) {
		ActivityForm form = ActivityForm.of(ActivityKind.GROUP_PROGRAMME, MONDAY, null, null);
		form.setTitle("Gruppstart");
		form.setCapacity(capacity);
		form.setTopics(String.join("\n", GROUP_START_TOPICS));
		return form;
	}

	private ActivityForm internship(UUID enrollment, LocalDate start, LocalDate end) {
		ActivityForm form = ActivityForm.of(ActivityKind.INTERNSHIP, start, enrollment, null);
		form.setTitle("Praktik på lagret");
		form.setEmployerId(this.employer);
		form.setEndDate(end);
		return form;
	}

	private AccessScope scope() {
		return this.data.scope(this.coach);
	}

}
