package se.steget.employer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.access.Role;
import se.steget.core.Gender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The employer pages and API: bad input next to the field with the input kept, a
 * duplicate linked to the one that exists, problem details naming each field, and the
 * pages closed to those who see figures only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EmployerWebIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private EmployerManagement employers;

	@Test
	void showsAWrongCheckDigitNextToTheFieldAndSavesNothing() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		String name = TestData.unique("Felsiffran AB");
		this.mvc
			.perform(post("/employers/new").with(user(this.data.login(coach)))
				.with(csrf())
				.param("organisationNumber", "556016-0681")
				.param("name", name))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"organisationNumber-error\""),
					containsString("Ogiltigt organisationsnummer"), containsString("value=\"556016-0681\""),
					containsString("value=\"" + name + "\""))));
		assertThat(this.employers.search(name, 0, this.data.scope(coach)).getTotalElements()).isZero();
	}

	@Test
	void aDuplicateIsRefusedWithALinkToTheEmployerThatExists() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID existing = this.data.employer("Finns redan AB", "0880");
		String number = this.employers.get(existing, this.data.scope(coach)).formattedNumber();
		this.mvc
			.perform(post("/employers/new").with(user(this.data.login(coach)))
				.with(csrf())
				.param("organisationNumber", number)
				.param("name", "Dubbletten AB"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"organisationNumber-error\""),
					containsString("Det finns redan en arbetsgivare med det här organisationsnumret."),
					containsString("href=\"/employers/" + existing + "\""))));
	}

	@Test
	void theApiNamesEveryBadFieldOfAVacancyAndSavesNothing() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID employer = this.data.employer("Api-jobb AB", "0880");
		this.mvc
			.perform(post("/api/v1/employers/{id}/vacancies", employer)
				.with(httpBasic(this.data.username(coach), TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"Kock\", \"ssykCode\": \"0000\", \"municipalityCode\": \"0880\","
						+ " \"publishedOn\": \"" + TODAY + "\", \"deadline\": \"" + TODAY.minusDays(2) + "\","
						+ " \"scopeMin\": 100, \"scopeMax\": 50, \"externalId\": \"x\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("ssykCode")));
		this.mvc
			.perform(post("/api/v1/employers/{id}/vacancies", employer)
				.with(httpBasic(this.data.username(coach), TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"Kock\", \"ssykCode\": \"5120\", \"municipalityCode\": \"0880\","
						+ " \"publishedOn\": \"" + TODAY + "\", \"deadline\": \"" + TODAY.minusDays(2) + "\","
						+ " \"scopeMin\": 100, \"scopeMax\": 50, \"externalId\": \"x\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItems("deadline", "scopeMin")));
		this.mvc
			.perform(get("/api/v1/vacancies").param("field", "5")
				.with(httpBasic(this.data.username(coach), TestData.PASSWORD)))
			.andExpect(status().isOk());
		assertThat(this.employers.find(employer)).isPresent();
	}

	@Test
	void theApiRegistersAnEmployerAndRefusesABadNumberWithProblemDetails() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		String number = TestData.organisationNumber();
		this.mvc
			.perform(post("/api/v1/employers").with(httpBasic(this.data.username(coach), TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"organisationNumber\": \"" + number + "\", \"name\": \"Api AB\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.name").value("Api AB"));
		this.mvc
			.perform(post("/api/v1/employers").with(httpBasic(this.data.username(coach), TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"organisationNumber\": \"" + number + "\", \"name\": \"Api AB igen\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("organisationNumber"));
		this.mvc
			.perform(post("/api/v1/employers").with(httpBasic(this.data.username(coach), TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"organisationNumber\": \"556016-0681\", \"name\": \"\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItems("organisationNumber", "name")));
	}

	@Test
	void theEmployerPageShowsTheContactHistoryAndTheStartPageTheNextStep() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		UUID employer = this.data.employer("Historia AB", "0880");
		this.mvc
			.perform(post("/employers/{id}/contacts", employer).with(user(this.data.login(coach)))
				.with(csrf())
				.param("contactedOn", TODAY.toString())
				.param("channel", "VISIT")
				.param("purpose", "SALES_CALL")
				.param("projectId", project.toString())
				.param("outcome", "Behöver lagerpersonal till hösten")
				.param("nextStep", "Skicka två förslag")
				.param("nextStepDue", TODAY.plusDays(3).toString()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/employers/{id}", employer).with(user(this.data.login(coach))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Behöver lagerpersonal till hösten"),
					containsString("Säljsamtal"), containsString("Skicka två förslag"))));
		this.mvc.perform(get("/").with(user(this.data.login(coach))))
			.andExpect(
					content().string(allOf(containsString("id=\"next-steps\""), containsString("Skicka två förslag"))));
	}

	@Test
	void aContactAboutAParticipantShowsTheRefusalNextToTheFieldAndKeepsTheInput() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID employer = this.data.employer("Saknad deltagare AB", "0880");
		this.mvc
			.perform(post("/employers/{id}/contacts", employer).with(user(this.data.login(coach)))
				.with(csrf())
				.param("contactedOn", TODAY.toString())
				.param("channel", "PHONE")
				.param("purpose", "JOB_ACQUISITION")
				.param("outcome", "Ville ha en kock"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"enrollmentId-error\""),
					containsString("Välj vilken deltagare kontakten gällde."), containsString("Ville ha en kock"))));
	}

	@Test
	void theSteeringGroupIsRefusedTheRegisterButSeesTheFigures() throws Exception {
		UUID steering = this.data.user(Role.STEERING_GROUP);
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach, steering);
		this.data.enroll(this.data.participant(coach, Gender.WOMAN), project, coach, TODAY.minusDays(5));
		this.mvc.perform(get("/employers").with(user(this.data.login(steering)))).andExpect(status().isForbidden());
		this.mvc.perform(get("/vacancies").with(user(this.data.login(steering)))).andExpect(status().isForbidden());
		this.mvc
			.perform(get("/employers/figures").param("project", project.toString())
				.with(user(this.data.login(steering))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"funnel\"")));
		this.mvc
			.perform(get("/api/v1/projects/{id}/employer-figures", project)
				.with(httpBasic(this.data.username(steering), TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.proposed.women").value(0));
	}

}
