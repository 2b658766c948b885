package se.steget.system;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.TestNumbers;
import se.steget.access.Role;
import se.steget.core.Gender;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ApiIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Test
	void asksForCredentials() throws Exception {
		this.mvc.perform(get("/api/v1/participants")).andExpect(status().isUnauthorized());
	}

	@Test
	void registersAParticipantAndEnrollsThem() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		String number = TestNumbers.next();
		String body = """
				{"personalIdentityNumber": "%s", "firstName": "Api", "lastName": "Testsson",
				 "gender": "MAN", "municipalityCode": "0880", "protectedIdentity": false}""".formatted(number);

		String location = this.mvc.perform(
				post("/api/v1/participants").with(basic(coach)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/participants/")))
			.andExpect(jsonPath("$.personalIdentityNumber").value(number.replace("-", "")))
			.andExpect(jsonPath("$.birthDate")
				.value(number.substring(0, 4) + "-" + number.substring(4, 6) + "-" + number.substring(6, 8)))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		String participant = location.substring(location.lastIndexOf('/') + 1);

		this.mvc
			.perform(post("/api/v1/enrollments").with(basic(coach))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"participantId": "%s", "projectId": "%s", "startDate": "2025-06-01", "active": true}"""
					.formatted(participant, project)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
	}

	@Test
	void answersBadInputWithProblemDetailsPerField() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		this.mvc
			.perform(post("/api/v1/participants").with(basic(coach)).contentType(MediaType.APPLICATION_JSON).content("""
					{"personalIdentityNumber": "19850101-2383", "firstName": "", "lastName": "X",
					 "gender": "WOMAN", "municipalityCode": "9999"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("personalIdentityNumber")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("firstName")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("municipalityCode")));
	}

	@Test
	void answersADuplicateAndAnExitBeforeTheStartWithProblemDetails() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		var form = this.data.participantForm(Gender.WOMAN);
		this.mvc
			.perform(post("/api/v1/participants").with(basic(coach))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(form.getPersonalIdentityNumber())))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/v1/participants").with(basic(coach))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(form.getPersonalIdentityNumber())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("personalIdentityNumber"));

		UUID enrollment = this.data.enroll(this.data.participant(coach, Gender.MAN), project, coach,
				java.time.LocalDate.of(2025, 6, 1));
		this.mvc
			.perform(post("/api/v1/enrollments/" + enrollment + "/exit").with(basic(coach))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"exitDate\": \"2025-05-01\", \"exitReason\": \"EMPLOYMENT\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("exitDate"));
	}

	@Test
	void refusesPeopleToTheSteeringGroupAndHidesOtherProjects() throws Exception {
		UUID steering = this.data.user(Role.STEERING_GROUP);
		this.mvc.perform(get("/api/v1/participants").with(basic(steering))).andExpect(status().isForbidden());
		UUID coach = this.data.user(Role.STAFF);
		UUID other = this.data.project();
		this.mvc.perform(get("/api/v1/projects/" + other).with(basic(coach))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/projects/" + UUID.randomUUID()).with(basic(coach)))
			.andExpect(status().isNotFound());
	}

	@Test
	void movesAParticipantIntoATrackAndRefusesWhatTheProjectDoesNotAllow() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		UUID phase3 = this.data.track(project, "Fas 3", null, 450, false);
		UUID phase1 = this.data.track(project, "Fas 1", 150, null, true);
		UUID enrollment = this.data.enroll(this.data.participant(coach, Gender.MAN), project, coach,
				java.time.LocalDate.of(2025, 6, 1));

		this.mvc
			.perform(post("/api/v1/enrollments/" + enrollment + "/track").with(basic(coach))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"trackId\": \"%s\", \"changedOn\": \"2025-06-01\"}".formatted(phase3)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("trackId"));
		this.mvc
			.perform(post("/api/v1/enrollments/" + enrollment + "/track").with(basic(coach))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"trackId\": \"%s\", \"changedOn\": \"2025-06-01\"}".formatted(phase1)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.trackName").value("Fas 1"))
			.andExpect(jsonPath("$.trackMaxDays").value(150));
	}

	@Test
	void describesTheApiWithOpenApi() throws Exception {
		this.mvc.perform(get("/api/docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/participants']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/enrollments/{id}/exit']").exists());
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	private static String json(String number) {
		return """
				{"personalIdentityNumber": "%s", "firstName": "Api", "lastName": "Dubbel",
				 "gender": "WOMAN", "municipalityCode": "0880"}""".formatted(number);
	}

	@Test
	void logsAContactAndRefusesOneInTheFuture() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID enrollment = this.data.enroll(this.data.participant(coach, se.steget.core.Gender.WOMAN),
				this.data.project(coach), coach, java.time.LocalDate.of(2025, 6, 1));
		String contact = """
				{"contactedAt": "%s", "channel": "PHONE", "kind": "SUPPORT_CONVERSATION", "durationMinutes": 20}""";
		this.mvc
			.perform(post("/api/v1/enrollments/" + enrollment + "/contacts").with(basic(coach))
				.contentType(MediaType.APPLICATION_JSON)
				.content(contact.formatted("2099-01-01T10:00")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("contactedAt"));
		this.mvc
			.perform(post("/api/v1/enrollments/" + enrollment + "/contacts").with(basic(coach))
				.contentType(MediaType.APPLICATION_JSON)
				.content(contact.formatted("2025-06-02T10:00")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].channel").value("PHONE"));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor basic(UUID user) {
		return httpBasic(this.data.username(user), TestData.PASSWORD);
	}

}
