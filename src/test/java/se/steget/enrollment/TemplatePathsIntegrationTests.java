package se.steget.enrollment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.steget.TestData;
import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.project.TrackManagement;
import se.steget.project.TrackView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every seed template carries a person through its own path: each intake step, a starting
 * track, a track the template allows next, and the exit.
 */
@SpringBootTest
class TemplatePathsIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	private TrackManagement tracks;

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private PathManagement paths;

	@Autowired
	private TestData data;

	@ParameterizedTest
	@ValueSource(strings = { "jobbkontakten", "opis", "jobb-och-utvecklingsgarantin", "jobbfokus", "creadiem" })
	void takesAPersonThroughTheTemplatesPath(String template) {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.projectFrom(template, coach);
		AccessScope scope = this.data.scope(coach);
		LocalDate start = TODAY.minusDays(200);
		var form = new EnrollmentForm();
		form.setParticipantId(this.data.participant(coach, Gender.WOMAN));
		form.setProjectId(project);
		form.setStartDate(start);
		form.setResponsibleUserId(coach);
		UUID id = this.enrollments.enroll(form, scope);

		int steps = this.paths.intakeProgress(id, scope).size();
		assertThat(steps).isPositive();
		for (int day = 0; day < steps; day++) {
			this.paths.recordIntake(id, new IntakeRecordForm(start.plusDays(day), coach, IntakeOutcome.PASSED, null),
					scope);
		}
		assertThat(this.enrollments.get(id, scope).status()).isEqualTo(EnrollmentStatus.ACTIVE);

		List<TrackView> projectTracks = this.tracks.tracks(project);
		TrackView first = projectTracks.stream().filter(TrackView::firstTrack).findFirst().orElseThrow();
		this.paths.changeTrack(id, new TrackChangeForm(first.id(), start.plusDays(steps), null), coach, scope);
		UUID next = first.nextTrackIds().get(0);
		this.paths.changeTrack(id, new TrackChangeForm(next, start.plusDays(steps + 20), null), coach, scope);
		this.enrollments.exit(id, EnrollmentIntegrationTests.exitForm(start.plusDays(150), ExitReason.COMPLETED),
				scope);

		EnrollmentView done = this.enrollments.get(id, scope);
		assertThat(done.trackId()).isEqualTo(next);
		assertThat(done.status()).isEqualTo(EnrollmentStatus.EXITED);
		assertThat(this.paths.timeline(done.participantId(), scope)).hasSize(steps + 4);
	}

}
