package se.steget.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.steget.TestData;
import se.steget.TestNumbers;
import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.core.BirthRegion;
import se.steget.core.EducationLevel;
import se.steget.core.Gender;
import se.steget.core.GenderCounts;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.ExitForm;
import se.steget.enrollment.ExitReason;
import se.steget.outcome.FollowUpPoint;
import se.steget.outcome.OutcomeForm;
import se.steget.outcome.OutcomeKind;
import se.steget.outcome.OutcomeManagement;
import se.steget.outcome.OutcomeSource;
import se.steget.participant.ParticipantForm;
import se.steget.participant.ParticipantManagement;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class EsfReportIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	private EsfReport report;

	@Autowired
	private ParticipantManagement participants;

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private OutcomeManagement outcomes;

	@Autowired
	private TestData data;

	@Test
	void countsTheSituationOnEntryAndTheResultsUponLeavingAndSixMonthsAfterByGender() {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.projectFrom("opis", coach);
		LocalDate exit = TODAY.minusDays(200);
		UUID searchingThenWork = start(project, coach, Gender.WOMAN, 30, 24, EducationLevel.PRE_UPPER_SECONDARY,
				BirthRegion.OUTSIDE_EUROPE, exit.minusDays(100));
		UUID workThenSearching = start(project, coach, Gender.MAN, 22, 7, EducationLevel.UPPER_SECONDARY,
				BirthRegion.SWEDEN, exit.minusDays(100));
		UUID stillActive = start(project, coach, Gender.NON_BINARY, 58, 3, null, null, TODAY.minusDays(30));
		leave(searchingThenWork, coach, exit);
		leave(workThenSearching, coach, exit);
		record(searchingThenWork, coach, null, exit.plusDays(2), OutcomeKind.JOB_SEARCHING);
		record(searchingThenWork, coach, null, exit.plusDays(20), OutcomeKind.EMPLOYMENT);
		record(workThenSearching, coach, null, exit.plusDays(2), OutcomeKind.EMPLOYMENT);
		record(workThenSearching, coach, null, exit.plusDays(20), OutcomeKind.JOB_SEARCHING);
		UUID sixMonths = this.outcomes.followUpPoints(project)
			.stream()
			.filter((p) -> p.daysAfterExit() == 182)
			.map(FollowUpPoint::id)
			.findFirst()
			.orElseThrow();
		record(searchingThenWork, coach, sixMonths, exit.plusDays(185), OutcomeKind.SELF_EMPLOYMENT);

		EsfReportView esf = this.report.report(project, this.data.scope(coach));

		assertThat(esf.of(EsfIndicator.PARTICIPANTS)).isEqualTo(new GenderCounts(1, 1, 1));
		assertThat(esf.of(EsfIndicator.UNEMPLOYED)).isEqualTo(new GenderCounts(1, 1, 1));
		assertThat(esf.of(EsfIndicator.LONG_TERM_UNEMPLOYED)).isEqualTo(new GenderCounts(1, 1, 0));
		assertThat(esf.of(EsfIndicator.FROM_18_TO_29)).isEqualTo(new GenderCounts(0, 1, 0));
		assertThat(esf.of(EsfIndicator.FROM_55)).isEqualTo(new GenderCounts(0, 0, 1));
		assertThat(esf.of(EsfIndicator.ISCED_0_2)).isEqualTo(new GenderCounts(1, 0, 0));
		assertThat(esf.of(EsfIndicator.EDUCATION_UNKNOWN)).isEqualTo(new GenderCounts(0, 0, 1));
		assertThat(esf.of(EsfIndicator.FOREIGN_BACKGROUND)).isEqualTo(new GenderCounts(1, 0, 0));
		assertThat(esf.of(EsfIndicator.LEFT)).isEqualTo(new GenderCounts(1, 1, 0));
		assertThat(esf.of(EsfIndicator.IN_EMPLOYMENT_UPON_LEAVING)).isEqualTo(new GenderCounts(1, 0, 0));
		assertThat(esf.of(EsfIndicator.JOB_SEARCHING_UPON_LEAVING)).isEqualTo(new GenderCounts(0, 1, 0));
		assertThat(esf.of(EsfIndicator.IN_EMPLOYMENT_SIX_MONTHS_AFTER)).isEqualTo(new GenderCounts(1, 0, 0));
		assertThat(esf.of(EsfIndicator.LEFT_SIX_MONTHS_AGO)).isEqualTo(new GenderCounts(1, 1, 0));
		assertThat(EsfIndicator.THIRD_COUNTRY_NATIONALS.collected()).isFalse();
	}

	private UUID start(UUID project, UUID coach, Gender gender, int age, int monthsUnemployed, EducationLevel education,
			BirthRegion region, LocalDate start) {
		ParticipantForm form = this.data.participantForm(gender);
		form.setMonthsUnemployed(monthsUnemployed);
		form.setEducationLevel(education);
		form.setBirthRegion(region);
		for (int tries = 0;; tries++) {
			form.setPersonalIdentityNumber(TestNumbers.aged(age, start));
			try {
				UUID participant = this.participants.register(form, this.data.scope(coach));
				return this.data.enroll(participant, project, coach, start);
			}
			catch (se.steget.core.RejectedInputException ex) {
				assertThat(tries).isLessThan(20);
			}
		}
	}

	private void leave(UUID enrollment, UUID coach, LocalDate on) {
		var exit = new ExitForm();
		exit.setExitDate(on);
		exit.setExitReason(ExitReason.EMPLOYMENT);
		this.enrollments.exit(enrollment, exit, scope(coach));
	}

	private void record(UUID enrollment, UUID coach, UUID point, LocalDate on, OutcomeKind kind) {
		this.outcomes.record(enrollment, new OutcomeForm(point, on, kind, OutcomeSource.PHONE_CALL), coach,
				scope(coach));
	}

	private AccessScope scope(UUID user) {
		return this.data.scope(user);
	}

}
