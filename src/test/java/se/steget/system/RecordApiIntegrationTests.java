package se.steget.system;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.steget.TestData;
import se.steget.access.Role;
import se.steget.core.Gender;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rest of the record in the API, with the pages' scopes: consent, documents (upload,
 * download, remove), staff time, removing a contact, the SCB report, and for
 * administrators the users and the audit review.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecordApiIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void consentDocumentsAndAContactThroughTheApi() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID stranger = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		UUID participant = this.data.participant(coach, Gender.WOMAN);
		UUID enrollment = this.data.enroll(participant, project, coach, LocalDate.of(2026, 9, 1));

		this.mvc
			.perform(post("/api/v1/participants/{id}/consent", participant).with(basic(coach))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"informedOn\": \"2026-09-01\", \"registrationConsentOn\": \"2026-09-01\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.registrationConsentOn").value("2026-09-01"));
		this.mvc.perform(get("/api/v1/participants/{id}/consent", participant).with(basic(stranger)))
			.andExpect(status().isNotFound());

		var file = new MockMultipartFile("file", "intyg.pdf", "application/pdf", "%PDF-1.4 intyg".getBytes());
		this.mvc.perform(multipart("/api/v1/participants/{id}/documents", participant).file(file).with(basic(coach)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$", hasSize(1)));
		UUID document = this.jdbc.sql("select id from document where participant_id = ?")
			.param(participant)
			.query(UUID.class)
			.single();
		this.mvc.perform(get("/api/v1/participants/{id}/documents/{d}", participant, document).with(basic(coach)))
			.andExpect(status().isOk())
			.andExpect(content().bytes("%PDF-1.4 intyg".getBytes()));
		this.mvc.perform(delete("/api/v1/participants/{id}/documents/{d}", participant, document).with(basic(coach)))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(delete("/api/v1/participants/{id}/documents/{d}", participant, document).with(basic(coach))
				.header("If-Match", "\"7\""))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(delete("/api/v1/participants/{id}/documents/{d}", participant, document).with(basic(coach))
				.header("If-Match", "\"0\""))
			.andExpect(status().isNoContent());

		this.mvc
			.perform(post("/api/v1/enrollments/{id}/contacts", enrollment).with(basic(coach))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"contactedAt\": \"2026-10-01T10:00\", \"channel\": \"PHONE\", \"kind\": \"FOLLOW_UP\"}"))
			.andExpect(status().isCreated());
		UUID contact = this.jdbc.sql("select id from contact where enrollment_id = ?")
			.param(enrollment)
			.query(UUID.class)
			.single();
		this.mvc
			.perform(delete("/api/v1/enrollments/{id}/contacts/{c}", enrollment, contact).with(basic(stranger))
				.header("If-Match", "*"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(delete("/api/v1/enrollments/{id}/contacts/{c}", enrollment, contact).with(basic(coach))
				.header("If-Match", "\"0\""))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/enrollments/{id}/contacts", enrollment).with(basic(coach)))
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void staffTimeIsTheUsersOwn() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID other = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach, other);
		this.mvc.perform(post("/api/v1/staff-time").with(basic(coach))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"projectId\": \"%s\", \"workDate\": \"2026-11-02\", \"hours\": 2.5, \"activity\": \"ADMINISTRATION\"}"
						.formatted(project)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].minutes").value(150));
		this.mvc.perform(post("/api/v1/staff-time").with(basic(coach))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"projectId\": \"%s\", \"workDate\": \"2026-11-02\", \"hours\": 2.5, \"activity\": \"NAPPING\"}"
				.formatted(project)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("activity"));
		UUID report = this.jdbc.sql("select id from staff_time where user_id = ?")
			.param(coach)
			.query(UUID.class)
			.single();
		this.mvc.perform(delete("/api/v1/staff-time/{id}", report).with(basic(other)).header("If-Match", "*"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/staff-time").param("month", "2026-11").with(basic(coach)))
			.andExpect(jsonPath("$", hasSize(1)));
		this.mvc.perform(delete("/api/v1/staff-time/{id}", report).with(basic(coach)).header("If-Match", "\"0\""))
			.andExpect(status().isNoContent());
	}

	@Test
	void usersTheAuditAndTheScbReportKeepThePagesScopes() throws Exception {
		UUID admin = this.data.user(Role.ADMINISTRATOR);
		UUID coach = this.data.user(Role.STAFF);
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		UUID project = this.data.project(coach, manager);
		UUID participant = this.data.participant(coach, Gender.MAN);
		this.data.enroll(participant, project, coach, LocalDate.of(2026, 9, 1));

		this.mvc.perform(get("/api/v1/users").with(basic(admin))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/users").with(basic(coach))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/audit").param("participantId", participant.toString()).with(basic(admin)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/audit").with(basic(admin)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("participantId"));
		this.mvc.perform(post("/api/v1/audit/verify").with(basic(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.brokenAt").doesNotExist());
		this.mvc.perform(get("/api/v1/audit").param("participantId", participant.toString()).with(basic(coach)))
			.andExpect(status().isForbidden());

		this.mvc
			.perform(get("/api/v1/reports/scb").param("projectId", project.toString())
				.param("month", "2026-09")
				.with(basic(manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows", hasSize(1)));
		this.mvc
			.perform(get("/api/v1/reports/scb").param("projectId", project.toString())
				.param("month", "2026-09")
				.with(basic(coach)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/reports/outcomes").with(basic(coach))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/reports/outcomes").with(basic(manager))).andExpect(status().isOk());
	}

	@Test
	void anOutcomeAndACaseRoleAreRemovedAsOfTheirVersion() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID colleague = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach, colleague);
		UUID enrollment = this.data.enroll(this.data.participant(coach, Gender.WOMAN), project, coach,
				LocalDate.of(2026, 9, 1));
		this.mvc
			.perform(post("/api/v1/enrollments/{id}/exit", enrollment).with(basic(coach))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"exitDate\": \"2026-09-30\", \"exitReason\": \"COMPLETED\"}"))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/enrollments/{id}/outcomes", enrollment).with(basic(coach))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"observedOn\": \"2026-10-01\", \"kind\": \"JOB_SEARCHING\", \"source\": \"PARTICIPANT\"}"))
			.andExpect(status().isCreated());
		UUID outcome = this.jdbc.sql("select id from outcome where enrollment_id = ?")
			.param(enrollment)
			.query(UUID.class)
			.single();
		this.mvc
			.perform(delete("/api/v1/enrollments/{id}/outcomes/{o}", enrollment, outcome).with(basic(coach))
				.header("If-Match", "\"3\""))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(delete("/api/v1/enrollments/{id}/outcomes/{o}", enrollment, outcome).with(basic(coach))
				.header("If-Match", "\"0\""))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/enrollments/{id}/outcomes", enrollment).with(user(this.data.login(coach))))
			.andExpect(content().string(containsString("Tog bort ett utfall")))
			.andExpect(content().string(containsString("Källa: Deltagaren själv")));

		this.mvc
			.perform(post("/api/v1/enrollments/{id}/staff", enrollment).with(basic(coach))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"userId\": \"%s\", \"caseRole\": \"EMPLOYMENT_OFFICER\"}".formatted(colleague)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)));
		String etag = this.mvc.perform(get("/api/v1/enrollments/{id}", enrollment).with(basic(coach)))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.mvc
			.perform(delete("/api/v1/enrollments/{id}/staff/{u}", enrollment, colleague).with(basic(coach))
				.header("If-Match", etag))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
	}

	private RequestPostProcessor basic(UUID user) {
		return httpBasic(this.data.username(user), TestData.PASSWORD);
	}

}
