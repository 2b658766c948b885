package se.steget.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.steget.TestData;
import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.ExitForm;
import se.steget.enrollment.ExitReason;
import se.steget.outcome.OutcomeForm;
import se.steget.outcome.OutcomeGroup;
import se.steget.outcome.OutcomeKind;
import se.steget.outcome.OutcomeManagement;
import se.steget.outcome.OutcomeSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed projects' own figures, loaded through the application and read back from the
 * goal report.
 */
@SpringBootTest
class GoalReportIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	private static final LocalDate EXIT = TODAY.minusDays(200);

	@Autowired
	private GoalReport report;

	@Autowired
	private OutcomeManagement outcomes;

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private TestData data;

	@Test
	void jobbfokusEarlierCohortShowsSixtyNineNineAndTwentyTwoPercent() {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.projectFrom("jobbfokus", coach);
		leave(project, coach, Gender.WOMAN, 140, ExitReason.EMPLOYMENT, OutcomeKind.EMPLOYMENT, null);
		leave(project, coach, Gender.MAN, 132, ExitReason.EMPLOYMENT, OutcomeKind.EMPLOYMENT, null);
		leave(project, coach, Gender.WOMAN, 20, ExitReason.STUDIES, OutcomeKind.REGULAR_STUDIES, null);
		leave(project, coach, Gender.MAN, 15, ExitReason.STUDIES, OutcomeKind.LABOUR_MARKET_TRAINING, null);
		leave(project, coach, Gender.WOMAN, 38, ExitReason.OTHER, OutcomeKind.SICK_OR_PARENTAL_LEAVE, null);
		leave(project, coach, Gender.MAN, 50, ExitReason.OTHER, OutcomeKind.OTHER, null);
		leave(project, coach, Gender.MAN, 1, ExitReason.OTHER, null, null);

		ProjectGoals jobbfokus = this.report.report(project, null, Breakdown.AGE_BAND, scope(coach)).projects().get(0);

		ExitDistribution exits = jobbfokus.exits();
		assertThat(exits.total().total()).isEqualTo(396);
		assertThat(exits.percent(OutcomeGroup.WORK)).isEqualTo(69);
		assertThat(exits.percent(OutcomeGroup.STUDIES)).isEqualTo(9);
		assertThat(exits.percent(OutcomeGroup.OTHER)).isEqualTo(22);
		assertThat(exits.of(OutcomeGroup.WORK).women()).isEqualTo(140);
		assertThat(exits.of(OutcomeGroup.WORK).men()).isEqualTo(132);
		assertThat(exits.of(ExitReason.EMPLOYMENT)).isEqualTo(new se.steget.core.GenderCounts(140, 132, 0));
		assertThat(exits.of(ExitReason.STUDIES).total()).isEqualTo(35);
		assertThat(exits.of(ExitReason.OTHER)).as("why they left, beside where they went")
			.isEqualTo(new se.steget.core.GenderCounts(38, 51, 0));
		GoalResult toWork = goal(jobbfokus, "Till arbete");
		assertThat(toWork.total().percent()).isEqualTo(69);
		assertThat(toWork.byGender().women().percent()).isEqualTo(71);
		assertThat(toWork.byGender().men().percent()).isEqualTo(67);
		assertThat(toWork.total().unknown()).isEqualTo(1);
		assertThat(toWork.onTarget()).isTrue();
	}

	@Test
	void opisPlannedOutcomeShowsEightySixtyAndFortyEightPercentForWomenAndMen() {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.projectFrom("opis", coach);
		UUID ninetyDays = this.outcomes.followUpPoints(project)
			.stream()
			.filter((p) -> p.daysAfterExit() == 90)
			.findFirst()
			.orElseThrow()
			.id();
		for (Gender gender : new Gender[] { Gender.WOMAN, Gender.MAN }) {
			leave(project, coach, gender, 96, ExitReason.EMPLOYMENT, OutcomeKind.EMPLOYMENT, ninetyDays);
			leave(project, coach, gender, 64, ExitReason.COMPLETED, OutcomeKind.JOB_SEARCHING, ninetyDays);
			leave(project, coach, gender, 40, ExitReason.DROPOUT, null, null);
		}

		ProjectGoals opis = this.report.report(project, null, Breakdown.OBSTACLE, scope(coach)).projects().get(0);

		GoalResult starters = goal(opis, "Minst 400 deltagare börjar");
		assertThat(starters.total().reached()).isEqualTo(400);
		assertThat(starters.onTarget()).isTrue();
		GoalResult completed = goal(opis, "Fullföljer projektet");
		assertThat(completed.total().percent()).isEqualTo(80);
		assertThat(completed.byGender().women().percent()).isEqualTo(80);
		assertThat(completed.byGender().men().percent()).isEqualTo(80);
		GoalResult inWork = goal(opis, "Arbete, jobbspår eller studier 90 dagar efter avslut");
		assertThat(inWork.total().population()).isEqualTo(320);
		assertThat(inWork.total().percent()).isEqualTo(60);
		assertThat(inWork.total().percentOfStarters()).isEqualTo(48);
		assertThat(inWork.byGender().women().percent()).isEqualTo(60);
		assertThat(inWork.byGender().men().percentOfStarters()).isEqualTo(48);
		assertThat(inWork.rows().stream().map((r) -> r.tallies().total()).reduce(Tally.ZERO, Tally::plus))
			.isEqualTo(inWork.total());
	}

	@Test
	void aMunicipalityFilterCountsOnlyItsParticipants() {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.projectFrom("jobbfokus", coach);
		leave(project, coach, Gender.WOMAN, 6, ExitReason.EMPLOYMENT, OutcomeKind.EMPLOYMENT, null);

		assertThat(this.report.report(project, "0880", Breakdown.MUNICIPALITY, scope(coach))
			.projects()
			.get(0)
			.exits()
			.total()
			.total()).isEqualTo(6);
		assertThat(this.report.report(project, "1880", Breakdown.MUNICIPALITY, scope(coach))
			.projects()
			.get(0)
			.exits()
			.total()
			.total()).isZero();
	}

	private void leave(UUID project, UUID coach, Gender gender, int count, ExitReason reason, OutcomeKind kind,
			UUID followUp) {
		for (int i = 0; i < count; i++) {
			UUID enrollment = this.data.enroll(this.data.participant(coach, gender), project, coach,
					EXIT.minusDays(120));
			var exit = new ExitForm();
			exit.setExitDate(EXIT);
			exit.setExitReason(reason);
			this.enrollments.exit(enrollment, exit, scope(coach));
			if (kind != null) {
				LocalDate observed = (followUp != null) ? EXIT.plusDays(92) : EXIT.plusDays(5);
				this.outcomes.record(enrollment, new OutcomeForm(followUp, observed, kind, OutcomeSource.PHONE_CALL),
						coach, scope(coach));
			}
		}
	}

	private static GoalResult goal(ProjectGoals project, String name) {
		return project.goals().stream().filter((g) -> g.goal().name().equals(name)).findFirst().orElseThrow();
	}

	private AccessScope scope(UUID user) {
		return this.data.scope(user);
	}

}
