package se.steget.enrollment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.steget.TestData;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.core.GenderCounts;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class FlowIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	private ProjectFlowSection section;

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private PathManagement paths;

	@Autowired
	private TestData data;

	@Test
	void countsEachStageFromIntakeThroughThePhasesToTheExitByGender() {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.projectFrom("jobb-och-utvecklingsgarantin", coach);
		UUID phase1 = this.data.trackNamed(project, "Fas 1");
		UUID phase2 = this.data.trackNamed(project, "Fas 2");
		LocalDate start = TODAY.minusDays(200);

		UUID woman = throughIntake(coach, project, Gender.WOMAN, start);
		this.paths.changeTrack(woman, new TrackChangeForm(phase1, start, null), coach, this.data.scope(coach));
		this.paths.changeTrack(woman, new TrackChangeForm(phase2, start.plusDays(150), null), coach,
				this.data.scope(coach));
		UUID man = throughIntake(coach, project, Gender.MAN, start);
		this.paths.changeTrack(man, new TrackChangeForm(phase1, start, null), coach, this.data.scope(coach));
		this.enrollments.exit(man, EnrollmentIntegrationTests.exitForm(start.plusDays(90), ExitReason.EMPLOYMENT),
				this.data.scope(coach));
		UUID declined = enroll(coach, project, Gender.WOMAN, start);
		this.paths.recordIntake(declined,
				new IntakeRecordForm(start, coach, IntakeOutcome.DECLINED, "Annat stöd behövs"),
				this.data.scope(coach));

		List<FlowStage> flow = this.section.flow(project);
		assertThat(flow).extracting(FlowStage::kind, FlowStage::name, FlowStage::reached, FlowStage::now)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("INTAKE", "Anvisning", new GenderCounts(1, 1, 0),
							GenderCounts.ZERO),
					org.assertj.core.groups.Tuple.tuple("TRACK", "Fas 1", new GenderCounts(1, 1, 0), GenderCounts.ZERO),
					org.assertj.core.groups.Tuple.tuple("TRACK", "Fas 2", new GenderCounts(1, 0, 0),
							new GenderCounts(1, 0, 0)),
					org.assertj.core.groups.Tuple.tuple("TRACK", "Fas 3", GenderCounts.ZERO, GenderCounts.ZERO),
					org.assertj.core.groups.Tuple.tuple("EXIT", null, new GenderCounts(0, 1, 0), GenderCounts.ZERO));
	}

	private UUID throughIntake(UUID coach, UUID project, Gender gender, LocalDate start) {
		UUID id = enroll(coach, project, gender, start);
		this.paths.recordIntake(id, new IntakeRecordForm(start, coach, IntakeOutcome.PASSED, null),
				this.data.scope(coach));
		return id;
	}

	private UUID enroll(UUID coach, UUID project, Gender gender, LocalDate start) {
		var form = new EnrollmentForm();
		form.setParticipantId(this.data.participant(coach, gender));
		form.setProjectId(project);
		form.setStartDate(start);
		form.setResponsibleUserId(coach);
		return this.enrollments.enroll(form, this.data.scope(coach));
	}

}
