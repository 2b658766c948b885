package se.steget.privacy;

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
import se.steget.access.AuditAction;
import se.steget.access.AuditEntry;
import se.steget.access.AuditLog;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.participant.ParticipantManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class SubjectAccessIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ParticipantManagement participants;

	@Autowired
	private AuditLog auditLog;

	@Autowired
	private TestData data;

	@Test
	void theRegisterExtractHoldsWhatIsKeptAboutThePersonAndIsLogged() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		UUID project = this.data.project(coach, manager);
		var form = this.data.participantForm(Gender.WOMAN);
		UUID participant = this.participants.register(form, this.data.scope(coach));
		UUID enrollment = this.data.enroll(participant, project, coach, TODAY.minusDays(30));
		this.mvc
			.perform(post("/api/v1/enrollments/{id}/contacts", enrollment)
				.with(httpBasic(this.data.username(coach), TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"contactedAt": "%sT10:00", "channel": "PHONE", "kind": "FOLLOW_UP", "note": "Pratade om cv"}"""
					.formatted(TODAY.minusDays(1))))
			.andExpect(status().isCreated());

		this.mvc.perform(get("/participants/{id}/export", participant).with(user(this.data.login(manager))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"registerutdrag.json\""))
			.andExpect(jsonPath("$.participant[0].last_name").value(form.getLastName()))
			.andExpect(jsonPath("$.enrollments[0].project").exists())
			.andExpect(jsonPath("$.contacts[0].note").value("Pratade om cv"))
			.andExpect(jsonPath("$.statistics[0].gender").value("WOMAN"))
			.andExpect(jsonPath("$.accessLog[0].username").value(this.data.username(coach)));

		assertThat(this.auditLog.ofParticipant(participant)).extracting(AuditEntry::action)
			.startsWith(AuditAction.EXPORT);
		this.mvc.perform(get("/participants/{id}/export", participant).with(user(this.data.login(coach))))
			.andExpect(status().isNotFound());
	}

	@Test
	void theExtractOfAProtectedIdentityAsksForAReasonAndLogsIt() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		UUID project = this.data.project(coach, manager);
		var form = this.data.participantForm(Gender.MAN);
		form.setProtectedIdentity(true);
		UUID participant = this.participants.register(form, this.data.scope(coach));
		this.data.enroll(participant, project, coach, TODAY.minusDays(30));

		this.mvc.perform(get("/participants/{id}/export", participant).with(user(this.data.login(manager))))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location",
					"/participants/" + participant + "?exportReason=missing#export-purpose"));
		this.mvc
			.perform(get("/participants/{id}", participant).param("exportReason", "missing")
				.with(user(this.data.login(manager))))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("id=\"export-purpose-error\"")));

		this.mvc
			.perform(get("/participants/{id}/export", participant).param("purpose", "Begäran om registerutdrag 2026-12")
				.with(user(this.data.login(manager))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.participant[0].last_name").value(form.getLastName()));
		assertThat(this.auditLog.ofParticipant(participant)).filteredOn((e) -> e.action() == AuditAction.EXPORT)
			.extracting(AuditEntry::purpose)
			.containsExactly("Begäran om registerutdrag 2026-12");
	}

}
