package se.steget.enrollment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.steget.TestData;
import se.steget.TestNumbers;
import se.steget.access.Role;
import se.steget.core.BirthRegion;
import se.steget.core.Gender;
import se.steget.core.GenderCounts;
import se.steget.participant.ParticipantForm;
import se.steget.participant.ParticipantManagement;
import se.steget.project.ProjectForm;
import se.steget.project.ProjectPhase;
import se.steget.project.ProjectTemplates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OPIS: 200 women and 200 men, and a priority on women born outside Europe aged 25 or
 * more.
 */
@SpringBootTest
class RecruitmentIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	private ProjectRecruitmentSection section;

	@Autowired
	private ProjectTemplates templates;

	@Autowired
	private ParticipantManagement participants;

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private TestData data;

	@Test
	void countsRecruitsByGenderAndThePriorityGroupAtTheStart() {
		UUID coach = this.data.user(Role.STAFF);
		var form = new ProjectForm();
		form.setTemplateKey("opis");
		form.setName(TestData.unique("OPIS"));
		form.setPhase(ProjectPhase.IMPLEMENTATION);
		form.setPeriodStart(TODAY.minusYears(1));
		form.setPeriodEnd(TODAY.plusYears(1));
		form.setQuotaWomen(200);
		form.setQuotaMen(200);
		form.setMemberIds(List.of(coach));
		UUID opis = this.templates.create(form, this.data.admin());
		LocalDate start = TODAY.minusDays(30);

		recruit(coach, opis, Gender.WOMAN, BirthRegion.OUTSIDE_EUROPE, 30, start, true);
		recruit(coach, opis, Gender.WOMAN, BirthRegion.OUTSIDE_EUROPE, 24, start, true);
		recruit(coach, opis, Gender.WOMAN, BirthRegion.SWEDEN, 40, start, true);
		recruit(coach, opis, Gender.MAN, BirthRegion.OUTSIDE_EUROPE, 35, start, true);
		recruit(coach, opis, Gender.WOMAN, BirthRegion.OUTSIDE_EUROPE, 45, start, false);

		Recruitment recruitment = this.section.recruitment(opis);
		assertThat(recruitment.recruited()).isEqualTo(new GenderCounts(3, 1, 0));
		assertThat(recruitment.groups()).singleElement().satisfies((group) -> {
			assertThat(group.group().name()).isEqualTo("Utomeuropeiskt födda kvinnor 25 år och äldre");
			assertThat(group.counts()).isEqualTo(new GenderCounts(1, 0, 0));
			assertThat(recruitment.percentOf(group.counts())).isEqualTo(25);
		});
	}

	private void recruit(UUID coach, UUID project, Gender gender, BirthRegion region, int age, LocalDate start,
			boolean active) {
		UUID participant = null;
		while (participant == null) {
			var person = new ParticipantForm(TestNumbers.aged(age, start), "Testa", TestData.unique("Rekryt"), gender,
					"0880", false);
			person.setBirthRegion(region);
			try {
				participant = this.participants.register(person, this.data.scope(coach));
			}
			catch (se.steget.core.RejectedInputException taken) {
				// a demo person has the number: take the next
			}
		}
		var form = new EnrollmentForm();
		form.setParticipantId(participant);
		form.setProjectId(project);
		form.setStartDate(start);
		form.setResponsibleUserId(coach);
		form.setActive(active);
		this.enrollments.enroll(form, this.data.scope(coach));
	}

}
