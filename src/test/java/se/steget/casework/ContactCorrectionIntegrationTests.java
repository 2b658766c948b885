package se.steget.casework;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.access.Role;
import se.steget.core.CorrectionLog.Correction;
import se.steget.core.Gender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A contact logged wrongly is corrected on the page or through the API, as of the version
 * the user saw; the contact log keeps what it said before, and a removal too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContactCorrectionIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ContactManagement contacts;

	@Test
	void aContactIsCorrectedWithItsHistoryKeptAndAStaleCorrectionRefused() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		UUID enrollment = this.data.enroll(this.data.participant(coach, Gender.WOMAN), project, coach,
				LocalDate.of(2026, 9, 1));
		this.mvc
			.perform(post("/api/v1/enrollments/{id}/contacts", enrollment)
				.with(httpBasic(this.data.username(coach), TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"contactedAt\": \"2026-10-01T10:00\", \"channel\": \"PHONE\", \"kind\": \"FOLLOW_UP\","
						+ " \"note\": \"Fel person\"}"))
			.andExpect(status().isCreated());
		UUID contact = this.jdbc.sql("select id from contact where enrollment_id = ?")
			.param(enrollment)
			.query(UUID.class)
			.single();

		this.mvc
			.perform(post("/enrollments/{id}/contacts/{c}/edit", enrollment, contact).with(user(this.data.login(coach)))
				.with(csrf())
				.param("contactedAt", "2026-10-01T10:30")
				.param("channel", "VISIT")
				.param("kind", "FOLLOW_UP")
				.param("note", "Besok om praktiken")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/enrollments/{id}/contacts/{c}/edit", enrollment, contact).with(user(this.data.login(coach)))
				.with(csrf())
				.param("contactedAt", "2026-10-01T11:00")
				.param("channel", "PHONE")
				.param("kind", "FOLLOW_UP")
				.param("note", "Gammal flik")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"version-error\"")))
			.andExpect(content().string(containsString("Gammal flik")));
		this.mvc
			.perform(post("/enrollments/{id}/contacts/{c}/edit", enrollment, contact).with(user(this.data.login(coach)))
				.with(csrf())
				.param("contactedAt", "2099-10-01T11:00")
				.param("channel", "PHONE")
				.param("kind", "FOLLOW_UP")
				.param("version", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"contactedAt-error\"")));

		assertThat(this.contacts.corrections(enrollment, this.data.scope(coach))).singleElement().satisfies((c) -> {
			assertThat(c.kind()).isEqualTo(Correction.Kind.EDITED);
			assertThat(c.changes()).filteredOn((d) -> d.labelKey().equals("contact.note"))
				.singleElement()
				.satisfies((d) -> {
					assertThat(d.before()).contains("Fel person");
					assertThat(d.after()).contains("Besok om praktiken");
				});
		});
		this.mvc
			.perform(put("/api/v1/enrollments/{id}/contacts/{c}", enrollment, contact)
				.with(httpBasic(this.data.username(coach), TestData.PASSWORD))
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"contactedAt\": \"2026-10-01T10:30\", \"channel\": \"EMAIL\", \"kind\": \"FOLLOW_UP\"}"))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(put("/api/v1/enrollments/{id}/contacts/{c}", enrollment, contact)
				.with(httpBasic(this.data.username(coach), TestData.PASSWORD))
				.header("If-Match", "\"1\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"contactedAt\": \"2026-10-01T10:30\", \"channel\": \"EMAIL\", \"kind\": \"FOLLOW_UP\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].channel").value("EMAIL"));

		this.mvc
			.perform(post("/enrollments/{id}/contacts/{c}/delete", enrollment, contact)
				.with(user(this.data.login(coach)))
				.with(csrf())
				.param("version", "1"))
			.andExpect(flash().attributeExists("refused"));
		this.mvc
			.perform(post("/enrollments/{id}/contacts/{c}/delete", enrollment, contact)
				.with(user(this.data.login(coach)))
				.with(csrf())
				.param("version", "2"))
			.andExpect(flash().attribute("saved", true));
		this.mvc.perform(get("/enrollments/{id}/contacts", enrollment).with(user(this.data.login(coach))))
			.andExpect(content().string(containsString("id=\"corrections\"")))
			.andExpect(content().string(containsString("Tog bort en kontakt")));
		assertThat(this.contacts.corrections(enrollment, this.data.scope(coach))).hasSize(3);
	}

}
