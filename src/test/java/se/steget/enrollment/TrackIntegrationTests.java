package se.steget.enrollment;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.steget.TestData;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.core.RejectedInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Participants taken through the paths of the job and development guarantee (phases with
 * day limits) and Jobbfokus (rooms that may be changed).
 */
@SpringBootTest
class TrackIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private PathManagement paths;

	@Autowired
	private TestData data;

	private UUID coach;

	private UUID project;

	private UUID phase1;

	private UUID phase2;

	private UUID phase3;

	@BeforeEach
	void guaranteeFromItsTemplate() {
		this.coach = this.data.user(Role.STAFF);
		this.project = this.data.projectFrom("jobb-och-utvecklingsgarantin", this.coach);
		this.phase1 = this.data.trackNamed(this.project, "Fas 1");
		this.phase2 = this.data.trackNamed(this.project, "Fas 2");
		this.phase3 = this.data.trackNamed(this.project, "Fas 3");
	}

	@Test
	void flagsAParticipantAfterOneHundredAndFiftyDaysInPhaseOne() {
		assertThat(inPhaseOneSince(TODAY.minusDays(100)).limit()).isEqualTo(LimitState.NONE);
		EnrollmentView near = inPhaseOneSince(TODAY.minusDays(140));
		assertThat(near.limit()).isEqualTo(LimitState.NEAR);
		assertThat(near.daysLeft()).isEqualTo(10);
		EnrollmentView past = inPhaseOneSince(TODAY.minusDays(151));
		assertThat(past.limit()).isEqualTo(LimitState.PAST);
		assertThat(this.enrollments.limitAlerts(this.project, scope())).extracting(EnrollmentView::id)
			.containsExactly(past.id(), near.id());
		assertThat(this.enrollments.caseload(scope())).filteredOn((e) -> e.id().equals(past.id()))
			.singleElement()
			.satisfies((e) -> assertThat(e.counters().daysInTrack()).isEqualTo(151));
	}

	@Test
	void refusesPhaseThreeBeforeDayFourHundredAndFiftyAndAllowsItAfter() {
		LocalDate start = TODAY.minusDays(500);
		UUID id = enrollInPhaseOne(start);
		this.paths.changeTrack(id, new TrackChangeForm(this.phase2, start.plusDays(150), "Praktik"), this.coach,
				scope());

		assertThatThrownBy(() -> this.paths.changeTrack(id, new TrackChangeForm(this.phase3, start.plusDays(449), null),
				this.coach, scope()))
			.isInstanceOfSatisfying(RejectedInputException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("error.tooEarlyForTrack");
				assertThat(ex.args()).containsExactly(450);
			});
		this.paths.changeTrack(id, new TrackChangeForm(this.phase3, start.plusDays(450), null), this.coach, scope());
		assertThat(view(id).trackName()).isEqualTo("Fas 3");
	}

	@Test
	void refusesAChangeTheProjectDoesNotAllowOrDatedBeforeThePreviousOne() {
		LocalDate start = TODAY.minusDays(200);
		UUID id = enrollInPhaseOne(start);

		assertThatThrownBy(
				() -> this.paths.changeTrack(id, new TrackChangeForm(this.phase3, TODAY, null), this.coach, scope()))
			.isInstanceOfSatisfying(RejectedInputException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.transitionNotAllowed"));
		assertThatThrownBy(() -> this.paths.changeTrack(id, new TrackChangeForm(this.phase2, start.minusDays(1), null),
				this.coach, scope()))
			.isInstanceOfSatisfying(RejectedInputException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.changeBeforePrevious"));
		assertThatThrownBy(() -> this.paths.changeTrack(id, new TrackChangeForm(this.phase2, TODAY.plusDays(1), null),
				this.coach, scope()))
			.isInstanceOfSatisfying(RejectedInputException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.dateInFuture"));

		assertThat(view(id).trackId()).isEqualTo(this.phase1);
		assertThat(this.paths.timeline(view(id).participantId(), scope()))
			.filteredOn((e) -> e.kind() == TimelineEvent.Kind.TRACK_CHANGED)
			.hasSize(1);
	}

	@Test
	void stopsTheCountersDuringAPause() {
		LocalDate start = TODAY.minusDays(300);
		UUID id = enrollInPhaseOne(start);
		this.paths.pause(id, new PauseForm(start.plusDays(10), start.plusDays(29), PauseReason.SICK_LEAVE), scope());
		assertThat(view(id).counters()).isEqualTo(new TimeCounters(300, 280, 280L));

		this.paths.pause(id, new PauseForm(TODAY.minusDays(10), null, PauseReason.PARENTAL_LEAVE), scope());
		assertThat(view(id).paused()).isTrue();
		assertThat(view(id).counters()).isEqualTo(new TimeCounters(300, 270, 270L));

		this.paths.pause(id, new PauseForm(null, TODAY.minusDays(1), null), scope());
		assertThat(view(id).paused()).isFalse();
		assertThat(view(id).counters()).isEqualTo(new TimeCounters(300, 270, 270L));
	}

	@Test
	void refusesOverlappingPausesAndAPauseBeforeTheStart() {
		LocalDate start = TODAY.minusDays(100);
		UUID id = enrollInPhaseOne(start);
		this.paths.pause(id, new PauseForm(start.plusDays(10), start.plusDays(20), PauseReason.SICK_LEAVE), scope());
		assertThatThrownBy(() -> this.paths.pause(id,
				new PauseForm(start.plusDays(15), start.plusDays(25), PauseReason.OTHER), scope()))
			.isInstanceOfSatisfying(RejectedInputException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.overlappingPause"));
		assertThatThrownBy(
				() -> this.paths.pause(id, new PauseForm(start.minusDays(1), null, PauseReason.OTHER), scope()))
			.isInstanceOfSatisfying(RejectedInputException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.pauseBeforeStart"));
		assertThat(view(id).counters().countedDays()).isEqualTo(89);
	}

	@Test
	void takesAJobbfokusParticipantFromRoomTwoToRoomThreeAndOut() {
		UUID jobbfokus = this.data.project(this.coach);
		UUID room1 = this.data.track(jobbfokus, "Rum 1", null, null, true);
		UUID room2 = this.data.track(jobbfokus, "Rum 2", null, null, true, room1);
		UUID room3 = this.data.track(jobbfokus, "Rum 3", null, null, true, room1, room2);
		this.data.allow(jobbfokus, room1, room2, room3);
		this.data.allow(jobbfokus, room2, room3);
		UUID participant = this.data.participant(this.coach, Gender.WOMAN);
		LocalDate start = TODAY.minusDays(60);
		UUID id = this.data.enroll(participant, jobbfokus, this.coach, start);

		this.paths.changeTrack(id, new TrackChangeForm(room2, start.plusDays(14), "Djupintervju klar"), this.coach,
				scope());
		this.paths.changeTrack(id, new TrackChangeForm(room3, start.plusDays(40), "Redo för matchning"), this.coach,
				scope());
		this.enrollments.exit(id, EnrollmentIntegrationTests.exitForm(start.plusDays(55), ExitReason.EMPLOYMENT),
				scope());

		assertThat(this.paths.timeline(participant, scope())).extracting(TimelineEvent::kind, TimelineEvent::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(TimelineEvent.Kind.EXITED, "EMPLOYMENT"),
					org.assertj.core.groups.Tuple.tuple(TimelineEvent.Kind.TRACK_CHANGED, "Rum 3"),
					org.assertj.core.groups.Tuple.tuple(TimelineEvent.Kind.TRACK_CHANGED, "Rum 2"),
					org.assertj.core.groups.Tuple.tuple(TimelineEvent.Kind.ENROLLED, null));
		assertThat(view(id).status()).isEqualTo(EnrollmentStatus.EXITED);
	}

	private EnrollmentView inPhaseOneSince(LocalDate start) {
		return view(enrollInPhaseOne(start));
	}

	private UUID enrollInPhaseOne(LocalDate start) {
		UUID participant = this.data.participant(this.coach, Gender.MAN);
		var form = new EnrollmentForm();
		form.setParticipantId(participant);
		form.setProjectId(this.project);
		form.setStartDate(start);
		form.setResponsibleUserId(this.coach);
		UUID id = this.enrollments.enroll(form, scope());
		this.paths.recordIntake(id, new IntakeRecordForm(start, this.coach, IntakeOutcome.PASSED, null), scope());
		this.paths.changeTrack(id, new TrackChangeForm(this.phase1, start, "Kartläggning"), this.coach, scope());
		return id;
	}

	private EnrollmentView view(UUID id) {
		return this.enrollments.get(id, scope());
	}

	private se.steget.access.AccessScope scope() {
		return this.data.scope(this.coach);
	}

}
