package se.steget.enrollment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.steget.TestData;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.core.GenderCounts;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.enrollment.EnrollmentManagement.Enrolled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class EnrollmentIntegrationTests {

	private static final LocalDate START = LocalDate.of(2025, 3, 1);

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private TestData data;

	private UUID coach;

	private UUID project;

	private UUID participant;

	@BeforeEach
	void setUp() {
		this.coach = this.data.user(Role.STAFF);
		this.project = this.data.project(this.coach);
		this.participant = this.data.participant(this.coach, Gender.WOMAN);
	}

	@Test
	void enrollsAndExitsAndKeepsTheHistory() {
		UUID id = this.data.enroll(this.participant, this.project, this.coach, START);
		var exit = exitForm(START.plusDays(100), ExitReason.EMPLOYMENT);
		this.enrollments.exit(id, exit, this.data.scope(this.coach));

		EnrollmentView view = this.enrollments.get(id, this.data.scope(this.coach));
		assertThat(view.status()).isEqualTo(EnrollmentStatus.EXITED);
		assertThat(view.exitDate()).isEqualTo(START.plusDays(100));
		assertThat(view.exitReason()).isEqualTo(ExitReason.EMPLOYMENT);
		assertThat(view.daysInProject()).isEqualTo(100);
	}

	@Test
	void refusesTwoOverlappingEnrollmentsInOneProject() {
		this.data.enroll(this.participant, this.project, this.coach, START);
		assertThatThrownBy(() -> this.data.enroll(this.participant, this.project, this.coach, START.plusDays(10)))
			.isInstanceOfSatisfying(RejectedInputException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.overlappingEnrollment"));
		assertThatThrownBy(() -> this.data.enroll(this.participant, this.project, this.coach, START.minusDays(10)))
			.isInstanceOf(RejectedInputException.class);
	}

	@Test
	void allowsANewEnrollmentAfterAnExitAndOneInAnotherProject() {
		UUID first = this.data.enroll(this.participant, this.project, this.coach, START);
		this.enrollments.exit(first, exitForm(START.plusDays(30), ExitReason.DROPOUT), this.data.scope(this.coach));
		this.data.enroll(this.participant, this.project, this.coach, START.plusDays(31));
		UUID other = this.data.project(this.coach);
		this.data.enroll(this.participant, other, this.coach, START);

		assertThat(this.enrollments.ofParticipant(this.participant, this.data.scope(this.coach))).hasSize(3);
	}

	@Test
	void refusesAnExitBeforeTheStartAndInTheFuture() {
		UUID id = this.data.enroll(this.participant, this.project, this.coach, START);
		assertThatThrownBy(() -> this.enrollments.exit(id, exitForm(START.minusDays(1), ExitReason.OTHER),
				this.data.scope(this.coach)))
			.isInstanceOfSatisfying(RejectedInputException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.exitBeforeStart"));
		assertThatThrownBy(() -> this.enrollments.exit(id, exitForm(LocalDate.now().plusDays(2), ExitReason.OTHER),
				this.data.scope(this.coach)))
			.isInstanceOfSatisfying(RejectedInputException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.exitInFuture"));
		assertThat(this.enrollments.get(id, this.data.scope(this.coach)).status()).isEqualTo(EnrollmentStatus.ACTIVE);
	}

	@Test
	void refusesAStartOutsideTheProjectPeriodAndAResponsibleOutsideTheProject() {
		assertThatThrownBy(
				() -> this.data.enroll(this.participant, this.project, this.coach, LocalDate.of(2024, 12, 31)))
			.isInstanceOfSatisfying(RejectedInputException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.startOutsideProjectPeriod"));
		UUID outsider = this.data.user(Role.STAFF);
		var form = new EnrollmentForm();
		form.setParticipantId(this.participant);
		form.setProjectId(this.project);
		form.setStartDate(START);
		form.setResponsibleUserId(outsider);
		assertThatThrownBy(() -> this.enrollments.enroll(form, this.data.scope(this.coach))).isInstanceOfSatisfying(
				RejectedInputException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("error.responsibleNotMember"));
	}

	@Test
	void staffSeeOnlyTheEnrollmentsOfTheirProjects() {
		UUID id = this.data.enroll(this.participant, this.project, this.coach, START);
		UUID stranger = this.data.user(Role.STAFF);
		this.data.project(stranger);

		assertThatThrownBy(() -> this.enrollments.get(id, this.data.scope(stranger)))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.enrollments.search("", null, null, 0, this.data.scope(stranger)).getContent())
			.noneMatch((e) -> e.id().equals(id));
		assertThat(this.enrollments.ofParticipant(this.participant, this.data.scope(stranger))).isEmpty();
		assertThat(this.enrollments.search("", this.project, null, 0, this.data.scope(this.coach)).getContent())
			.extracting(EnrollmentView::id)
			.containsExactly(id);
	}

	@Test
	void theCaseloadHoldsTheOngoingCasesOfTheResponsible() {
		UUID ongoing = this.data.enroll(this.participant, this.project, this.coach, START);
		UUID other = this.data.participant(this.coach, Gender.MAN);
		UUID ended = this.data.enroll(other, this.project, this.coach, START);
		this.enrollments.exit(ended, exitForm(START.plusDays(5), ExitReason.MOVED), this.data.scope(this.coach));

		assertThat(this.enrollments.caseload(this.data.scope(this.coach))).extracting(EnrollmentView::id)
			.containsExactly(ongoing);
	}

	@Test
	void countsEachProjectByStatusAndGender() {
		this.data.enroll(this.participant, this.project, this.coach, START);
		UUID man = this.data.participant(this.coach, Gender.MAN);
		UUID exited = this.data.enroll(man, this.project, this.coach, START);
		this.enrollments.exit(exited, exitForm(START.plusDays(5), ExitReason.STUDIES), this.data.scope(this.coach));
		this.data.enroll(this.data.participant(this.coach, Gender.NON_BINARY), this.project, this.coach, START);

		ProjectFigures figures = this.enrollments.figuresByProject(this.data.scope(this.coach)).get(0);
		assertThat(figures.projectId()).isEqualTo(this.project);
		assertThat(figures.enrolled()).isEqualTo(new GenderCounts(1, 1, 1));
		assertThat(figures.active()).isEqualTo(new GenderCounts(1, 0, 1));
		assertThat(figures.exited()).isEqualTo(new GenderCounts(0, 1, 0));
		assertThat(figures.intake()).isEqualTo(GenderCounts.ZERO);
	}

	@Test
	void enrollsManyAtOnceEachHeldToTheRulesAndToTheFormsBeforeIt() {
		UUID enrolledBefore = this.data.participant(this.coach, Gender.MAN);
		this.data.enroll(enrolledBefore, this.project, this.coach, START);
		UUID twice = this.data.participant(this.coach, Gender.WOMAN);
		UUID another = this.data.participant(this.coach, Gender.MAN);

		List<Enrolled> enrolled = this.enrollments
			.enrollAll(
					List.of(form(this.participant, START), form(enrolledBefore, START.plusDays(3)),
							form(UUID.randomUUID(), START), form(twice, START), form(twice, START.plusDays(20)),
							form(another, LocalDate.of(2024, 1, 1)), form(another, START)),
					this.data.scope(this.coach));

		assertThat(enrolled).extracting(Enrolled::refused).containsExactly(false, true, true, false, true, true, false);
		assertThat(enrolled.get(1).refusal()).isInstanceOfSatisfying(RejectedInputException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("error.overlappingEnrollment"));
		assertThat(enrolled.get(2).refusal()).isInstanceOf(NotFoundException.class);
		assertThat(enrolled.get(4).refusal()).isInstanceOfSatisfying(RejectedInputException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("error.overlappingEnrollment"));
		assertThat(enrolled.get(5).refusal()).isInstanceOfSatisfying(RejectedInputException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("error.startOutsideProjectPeriod"));
		for (UUID person : List.of(this.participant, twice, another)) {
			assertThat(this.enrollments.ofParticipant(person, this.data.scope(this.coach))).singleElement()
				.satisfies((view) -> assertThat(view.startDate()).isEqualTo(START));
		}
		assertThat(this.enrollments.ofParticipant(enrolledBefore, this.data.scope(this.coach))).hasSize(1);
		assertThat(enrolled.get(0).id())
			.isEqualTo(this.enrollments.ofParticipant(this.participant, this.data.scope(this.coach)).get(0).id());
	}

	private EnrollmentForm form(UUID person, LocalDate start) {
		var form = new EnrollmentForm();
		form.setParticipantId(person);
		form.setProjectId(this.project);
		form.setStartDate(start);
		form.setActive(true);
		return form;
	}

	static ExitForm exitForm(LocalDate on, ExitReason reason) {
		var form = new ExitForm();
		form.setExitDate(on);
		form.setExitReason(reason);
		return form;
	}

}
