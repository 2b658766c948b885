package se.steget.participant;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.steget.TestData;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.organisation.OrganisationForm;
import se.steget.organisation.OrganisationKind;
import se.steget.organisation.OrganisationManagement;
import se.steget.project.ProjectForm;
import se.steget.project.ProjectManagement;
import se.steget.project.ProjectPhase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ConsentIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ConsentManagement consents;

	@Autowired
	private ParticipantManagement participants;

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private OrganisationManagement organisations;

	@Autowired
	private ProjectManagement projects;

	@Autowired
	private TestData data;

	@Test
	void offersToShareWithTheOrganisationsOfTheUsersProjectsNotEveryEmployer() throws Exception {
		UUID owner = organisation("Ägare", OrganisationKind.MUNICIPALITY);
		UUID partner = organisation("Partner", OrganisationKind.EMPLOYMENT_SERVICE_OFFICE);
		UUID employer = organisation("Arbetsgivare", OrganisationKind.EMPLOYER);
		UUID coach = this.data.user(Role.STAFF);
		var form = new ProjectForm();
		form.setName(TestData.unique("Projekt"));
		form.setPhase(ProjectPhase.IMPLEMENTATION);
		form.setPeriodStart(LocalDate.of(2025, 1, 1));
		form.setPeriodEnd(LocalDate.of(2027, 12, 31));
		form.setMunicipalityCodes(List.of("0880"));
		form.setMemberIds(List.of(coach));
		form.setOwnerOrganisationId(owner);
		form.setPartnerIds(List.of(partner));
		this.projects.create(form, this.data.admin());
		UUID participant = this.data.participant(coach, Gender.WOMAN);

		this.mvc.perform(get("/participants/{id}", participant).with(user(this.data.login(coach))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<option value=\"" + owner + "\""),
					containsString("<option value=\"" + partner + "\""),
					not(containsString("<option value=\"" + employer + "\"")))));
	}

	private UUID organisation(String name, OrganisationKind kind) {
		return this.organisations.register(new OrganisationForm(TestData.unique(name), kind, null, null),
				this.data.admin());
	}

	@Test
	void recordsInformationAndConsentAndRefusesSharingWithNoOrganisation() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID participant = this.data.participant(coach, Gender.WOMAN);
		UUID organisation = this.organisations
			.register(new se.steget.organisation.OrganisationForm(TestData.unique("Kommun"),
					se.steget.organisation.OrganisationKind.MUNICIPALITY, null, null), this.data.admin());

		MvcResult refused = this.mvc
			.perform(post("/participants/{id}/consent", participant).with(user(this.data.login(coach)))
				.with(csrf())
				.param("informedOn", TODAY.minusDays(2).toString())
				.param("sharingConsentOn", TODAY.minusDays(1).toString()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		this.mvc
			.perform(get("/participants/{id}", participant).with(user(this.data.login(coach)))
				.cookie(refused.getResponse().getCookie("SESSION")))
			.andExpect(content().string(allOf(containsString("id=\"organisationIds-error\""),
					containsString("Välj vilka organisationer som får dela ärendet."),
					containsString("value=\"" + TODAY.minusDays(2) + "\""))));
		assertThat(this.consents.consent(participant, this.data.scope(coach)).informedOn()).isNull();

		this.mvc
			.perform(post("/participants/{id}/consent", participant).with(user(this.data.login(coach)))
				.with(csrf())
				.param("informedOn", TODAY.minusDays(2).toString())
				.param("registrationConsentOn", TODAY.minusDays(2).toString())
				.param("sharingConsentOn", TODAY.minusDays(1).toString())
				.param("organisationIds", organisation.toString()))
			.andExpect(status().is3xxRedirection());
		ConsentView consent = this.consents.consent(participant, this.data.scope(coach));
		assertThat(consent.registrationConsentOn()).isEqualTo(TODAY.minusDays(2));
		assertThat(consent.organisationIds()).containsExactly(organisation);
	}

	@Test
	void aWithdrawalAnonymisesThePersonAndTheFiguresStillCountThem() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		var form = this.data.participantForm(Gender.MAN);
		UUID participant = this.participants.register(form, this.data.scope(coach));
		this.data.enroll(participant, project, coach, TODAY.minusDays(20));
		var before = this.enrollments.figuresByProject(this.data.scope(coach));

		this.mvc
			.perform(post("/participants/{id}/consent/withdraw", participant).with(user(this.data.login(coach)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.consents.consent(participant, this.data.scope(coach)).withdrawn()).isFalse();

		this.mvc
			.perform(post("/participants/{id}/consent/withdraw", participant).with(user(this.data.login(coach)))
				.with(csrf())
				.param("confirmed", "true"))
			.andExpect(status().is3xxRedirection());

		assertThat(this.consents.consent(participant, this.data.scope(coach)).withdrawn()).isTrue();
		this.mvc.perform(get("/participants/{id}", participant).with(user(this.data.login(coach))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(not(containsString(form.getLastName())), containsString("Samtycket återkallades"))));
		assertThat(this.participants.get(participant, this.data.scope(coach)).name()).isNull();
		assertThat(this.enrollments.figuresByProject(this.data.scope(coach))).isEqualTo(before);
	}

}
