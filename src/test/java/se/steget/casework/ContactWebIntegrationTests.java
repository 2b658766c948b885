package se.steget.casework;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.access.Role;
import se.steget.core.Gender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ContactWebIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private ContactManagement contacts;

	@Test
	void logsAPhoneContact() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID id = this.data.enroll(this.data.participant(coach, Gender.MAN), this.data.project(coach), coach,
				LocalDate.of(2025, 3, 1));
		this.mvc
			.perform(post("/enrollments/" + id + "/contacts").with(user(this.data.login(coach)))
				.with(csrf())
				.param("contactedAt", "2025-03-04T10:15")
				.param("channel", "PHONE")
				.param("kind", "GUIDANCE_CONVERSATION")
				.param("durationMinutes", "20"))
			.andExpect(redirectedUrl("/enrollments/" + id + "/contacts"));
		assertThat(this.contacts.ofEnrollment(id, this.data.scope(coach))).singleElement()
			.satisfies((c) -> assertThat(c.durationMinutes()).isEqualTo(20));
	}

	@Test
	void showsABadTimeAndATooLongDurationNextToTheirFieldsAndSavesNothing() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID id = this.data.enroll(this.data.participant(coach, Gender.MAN), this.data.project(coach), coach,
				LocalDate.of(2025, 3, 1));
		this.mvc
			.perform(post("/enrollments/" + id + "/contacts").with(user(this.data.login(coach)))
				.with(csrf())
				.param("contactedAt", "igår")
				.param("channel", "PHONE")
				.param("kind", "OTHER")
				.param("durationMinutes", "900")
				.param("note", "Ringde om schemat"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"contactedAt-error\""), containsString("Ange datum och tid."),
						containsString("id=\"durationMinutes-error\""), containsString("Ringde om schemat"))));
		assertThat(this.contacts.ofEnrollment(id, this.data.scope(coach))).isEmpty();
	}

}
