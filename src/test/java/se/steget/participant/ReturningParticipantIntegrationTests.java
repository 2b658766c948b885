package se.steget.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.access.AuditAction;
import se.steget.access.AuditEntry;
import se.steget.access.AuditLog;
import se.steget.access.Role;
import se.steget.core.Gender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person registered and enrolled in OPIS by one coach comes back in Jobbfokus: another
 * coach cannot find them by search nor enroll them by id, looks them up by their whole
 * number with a reason (logged), and enrolls them; neither coach sees the other's case
 * nor its documents.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReturningParticipantIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private ParticipantManagement participants;

	@Autowired
	private AuditLog auditLog;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private se.steget.casework.DocumentManagement documents;

	@Test
	void aPersonFromOpisIsLookedUpAndEnrolledInJobbfokusWithTheCasesKeptApart() throws Exception {
		UUID opisCoach = this.data.user(Role.STAFF);
		UUID jobbfokusCoach = this.data.user(Role.STAFF);
		UUID opis = this.data.projectFrom("opis", opisCoach);
		UUID jobbfokus = this.data.projectFrom("jobbfokus", jobbfokusCoach);
		ParticipantForm form = this.data.participantForm(Gender.WOMAN);
		UUID person = this.participants.register(form, this.data.scope(opisCoach));
		UUID opisCase = this.data.enroll(person, opis, opisCoach, LocalDate.of(2025, 9, 1));
		String number = form.getPersonalIdentityNumber();
		this.documents.upload(person, "opis-utredning.pdf", "%PDF-1.4".getBytes(), this.data.scope(opisCoach));

		this.mvc.perform(get("/participants").param("q", number).with(user(this.data.login(jobbfokusCoach))))
			.andExpect(content().string(not(containsString(form.getLastName()))));
		this.mvc
			.perform(get("/enrollments/new").param("participantId", person.toString())
				.with(user(this.data.login(jobbfokusCoach))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/participants/new").with(user(this.data.login(jobbfokusCoach)))
				.with(csrf())
				.param("personalIdentityNumber", number)
				.param("firstName", "Testa")
				.param("lastName", form.getLastName())
				.param("gender", "WOMAN")
				.param("municipalityCode", "0880"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Slå upp personen med numret")));

		this.mvc
			.perform(post("/participants/lookup").with(user(this.data.login(jobbfokusCoach)))
				.with(csrf())
				.param("personalIdentityNumber", number)
				.param("purpose", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"purpose-error\"")))
			.andExpect(content().string(not(containsString("lookup-found"))));
		this.mvc
			.perform(post("/participants/lookup").with(user(this.data.login(jobbfokusCoach)))
				.with(csrf())
				.param("personalIdentityNumber", number)
				.param("purpose", "Skrivs in i Jobbfokus"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"lookup-found\"")))
			.andExpect(content().string(containsString(form.getLastName())));

		String location = this.mvc
			.perform(post("/enrollments/new").with(user(this.data.login(jobbfokusCoach)))
				.with(csrf())
				.param("participantId", person.toString())
				.param("projectId", jobbfokus.toString())
				.param("startDate", "2026-11-02")
				.param("responsibleUserId", jobbfokusCoach.toString())
				.param("active", "true"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).isEqualTo("/participants/" + person);
		UUID jobbfokusCase = this.jdbc.sql("select id from enrollment where participant_id = ? and project_id = ?")
			.params(person, jobbfokus)
			.query(UUID.class)
			.single();

		this.mvc.perform(get("/enrollments/{id}", opisCase).with(user(this.data.login(jobbfokusCoach))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/enrollments/{id}", jobbfokusCase).with(user(this.data.login(opisCoach))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/participants/{id}", person).with(user(this.data.login(jobbfokusCoach))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/enrollments/" + opisCase))));
		this.mvc.perform(get("/participants/{id}", person).with(user(this.data.login(opisCoach))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/enrollments/" + jobbfokusCase))));
		this.mvc.perform(get("/participants/{id}/documents", person).with(user(this.data.login(jobbfokusCoach))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("opis-utredning.pdf"))));
		this.mvc.perform(get("/participants/{id}/documents", person).with(user(this.data.login(opisCoach))))
			.andExpect(content().string(containsString("opis-utredning.pdf")));
		assertThat(this.auditLog.ofParticipant(person)).filteredOn((e) -> "POST /participants/lookup".equals(e.route()))
			.extracting(AuditEntry::purpose, AuditEntry::action)
			.contains(org.assertj.core.groups.Tuple.tuple("Skrivs in i Jobbfokus", AuditAction.CHANGE));
	}

	@Test
	void onlyThoseWhoEnrollPeopleMayLookThemUp() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		ParticipantForm form = this.data.participantForm(Gender.WOMAN);
		this.participants.register(form, this.data.scope(coach));
		for (Role role : new Role[] { Role.STEERING_GROUP, Role.FINANCE, Role.EVALUATOR, Role.ADMINISTRATOR }) {
			UUID who = this.data.user(role);
			int page = this.mvc
				.perform(post("/participants/lookup").with(user(this.data.login(who)))
					.with(csrf())
					.param("personalIdentityNumber", form.getPersonalIdentityNumber())
					.param("purpose", "Nyfiken"))
				.andReturn()
				.getResponse()
				.getStatus();
			int api = this.mvc
				.perform(post("/api/v1/participants/lookup").with(httpBasic(this.data.username(who), TestData.PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"personalIdentityNumber\": \"%s\", \"purpose\": \"Nyfiken\"}"
						.formatted(form.getPersonalIdentityNumber())))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(List.of(page, api)).as(role.name()).allSatisfy((status) -> assertThat(status).isIn(403, 404));
		}
		assertThat(this.jdbc
			.sql("select count(*) from participant_lookup l join participant p on p.id = l.participant_id"
					+ " where p.last_name = ?")
			.param(form.getLastName())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theApiLooksUpByTheWholeNumberOnly() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID other = this.data.user(Role.STAFF);
		ParticipantForm form = this.data.participantForm(Gender.MAN);
		this.participants.register(form, this.data.scope(coach));
		String number = form.getPersonalIdentityNumber();

		this.mvc
			.perform(post("/api/v1/participants/lookup").with(httpBasic(this.data.username(other), TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"personalIdentityNumber\": \"%s\", \"purpose\": \"Inskrivning\"}".formatted(number)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Testa " + form.getLastName()));
		this.mvc
			.perform(post("/api/v1/participants/lookup").with(httpBasic(this.data.username(other), TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"personalIdentityNumber\": \"%s\", \"purpose\": \"Inskrivning\"}"
					.formatted(number.substring(0, 8))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("personalIdentityNumber"));
		this.mvc
			.perform(post("/api/v1/participants/lookup").with(httpBasic(this.data.username(other), TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"personalIdentityNumber\": \"%s\"}".formatted(number)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("purpose"));
	}

}
