package se.steget.enrollment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.steget.TestData;
import se.steget.access.AccessManagement;
import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.core.RejectedInputException;
import se.steget.project.IntakeForm;
import se.steget.project.IntakeManagement;
import se.steget.project.IntakeStepView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Jobbfokus from its template: information meeting, interviews and the enrollment
 * decision, then the rooms.
 */
@SpringBootTest
class IntakeIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private PathManagement paths;

	@Autowired
	private IntakeManagement intake;

	@Autowired
	private TestData data;

	private UUID coach;

	@Autowired
	private AccessManagement access;

	private UUID project;

	@BeforeEach
	void jobbfokusFromItsTemplate() {
		this.coach = this.data.user(Role.STAFF);
		this.project = this.data.projectFrom("jobbfokus", this.coach);
	}

	@Test
	void takesAPersonThroughIntakeIntoRoomTwoThenRoomThreeAndOut() {
		assertThat(this.intake.steps(this.project)).extracting(IntakeStepView::name)
			.containsExactly("Informationsträff", "Intervju", "Djupintervju", "Beslut om inskrivning");
		LocalDate start = TODAY.minusDays(60);
		UUID id = enrollInIntake(start);

		assertThatThrownBy(
				() -> this.paths.changeTrack(id, new TrackChangeForm(room("Rum 2"), start, null), this.coach, scope()))
			.isInstanceOfSatisfying(RejectedInputException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.intakeNotDone"));
		for (int day = 0; day < 4; day++) {
			assertThat(view(id).status()).isEqualTo(EnrollmentStatus.INTAKE);
			this.paths.recordIntake(id, passed(start.plusDays(day * 3)), scope());
		}
		assertThat(view(id).status()).isEqualTo(EnrollmentStatus.ACTIVE);

		this.paths.changeTrack(id, new TrackChangeForm(room("Rum 2"), start.plusDays(10), null), this.coach, scope());
		this.paths.changeTrack(id, new TrackChangeForm(room("Rum 3"), start.plusDays(30), "Arbetsprövning"), this.coach,
				scope());
		this.enrollments.exit(id, EnrollmentIntegrationTests.exitForm(start.plusDays(50), ExitReason.EMPLOYMENT),
				scope());

		assertThat(this.paths.intakeProgress(id, scope())).allMatch(IntakeProgress::taken);
		assertThat(this.paths.intakeProgress(id, scope())).extracting(IntakeProgress::staffName)
			.containsOnly(this.access.find(this.coach).orElseThrow().displayName());
		assertThat(this.paths.timeline(view(id).participantId(), scope())).extracting(TimelineEvent::kind)
			.containsExactly(TimelineEvent.Kind.EXITED, TimelineEvent.Kind.TRACK_CHANGED,
					TimelineEvent.Kind.TRACK_CHANGED, TimelineEvent.Kind.INTAKE_PASSED,
					TimelineEvent.Kind.INTAKE_PASSED, TimelineEvent.Kind.INTAKE_PASSED,
					TimelineEvent.Kind.INTAKE_PASSED, TimelineEvent.Kind.ENROLLED);
	}

	@Test
	void endsTheEnrollmentWhenAPersonIsDeclinedWithAReason() {
		LocalDate start = TODAY.minusDays(20);
		UUID id = enrollInIntake(start);
		this.paths.recordIntake(id, passed(start), scope());

		assertThatThrownBy(() -> this.paths.recordIntake(id,
				new IntakeRecordForm(start.plusDays(2), this.coach, IntakeOutcome.DECLINED, " "), scope()))
			.isInstanceOfSatisfying(RejectedInputException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.reasonRequired"));
		assertThat(view(id).status()).isEqualTo(EnrollmentStatus.INTAKE);

		this.paths.recordIntake(id,
				new IntakeRecordForm(start.plusDays(2), this.coach, IntakeOutcome.DECLINED, "Behöver annat stöd"),
				scope());
		EnrollmentView view = view(id);
		assertThat(view.status()).isEqualTo(EnrollmentStatus.EXITED);
		assertThat(view.exitReason()).isEqualTo(ExitReason.DECLINED_AT_INTAKE);
		assertThat(view.exitDate()).isEqualTo(start.plusDays(2));
	}

	@Test
	void refusesAStepDatedBeforeThePreviousOne() {
		LocalDate start = TODAY.minusDays(20);
		UUID id = enrollInIntake(start);
		this.paths.recordIntake(id, passed(start.plusDays(5)), scope());
		assertThatThrownBy(() -> this.paths.recordIntake(id, passed(start.plusDays(4)), scope()))
			.isInstanceOfSatisfying(RejectedInputException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.stepBeforePrevious"));
		assertThat(this.paths.intakeProgress(id, scope())).filteredOn(IntakeProgress::taken).hasSize(1);
	}

	@Test
	void keepsAStepThatPeopleHavePassed() {
		UUID id = enrollInIntake(TODAY.minusDays(5));
		this.paths.recordIntake(id, passed(TODAY.minusDays(5)), scope());
		var admin = this.data.admin();

		assertThatThrownBy(
				() -> this.intake.replace(this.project, new IntakeForm("Intervju\nBeslut om inskrivning"), admin))
			.isInstanceOfSatisfying(RejectedInputException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.stepInUse"));
		this.intake.replace(this.project,
				new IntakeForm("Informationsträff\nIntervju\nArbetsprövning\nBeslut om inskrivning"), admin);
		assertThat(this.intake.steps(this.project)).extracting(IntakeStepView::name)
			.containsExactly("Informationsträff", "Intervju", "Arbetsprövning", "Beslut om inskrivning");
		assertThat(this.paths.intakeProgress(id, scope()).get(0).taken()).isTrue();
	}

	private UUID enrollInIntake(LocalDate start) {
		var form = new EnrollmentForm();
		form.setParticipantId(this.data.participant(this.coach, Gender.WOMAN));
		form.setProjectId(this.project);
		form.setStartDate(start);
		form.setResponsibleUserId(this.coach);
		return this.enrollments.enroll(form, scope());
	}

	private IntakeRecordForm passed(LocalDate on) {
		return new IntakeRecordForm(on, this.coach, IntakeOutcome.PASSED, null);
	}

	private UUID room(String name) {
		return this.data.trackNamed(this.project, name);
	}

	private EnrollmentView view(UUID id) {
		return this.enrollments.get(id, scope());
	}

	private AccessScope scope() {
		return this.data.scope(this.coach);
	}

}
