package se.steget.system;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.steget.TestData;
import se.steget.access.AuditAction;
import se.steget.access.AuditEntry;
import se.steget.access.AuditLog;
import se.steget.access.Role;
import se.steget.core.Gender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A change and its audit entry are committed together or not at all: when the entry
 * cannot be written, the change is not made either, and the user is not told it was.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ChangeAuditIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private AuditLog auditLog;

	@Test
	void aChangeIsSavedWithItsEntryOrNotAtAll() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID participant = this.data.participant(coach, Gender.WOMAN);
		UUID enrollment = this.data.enroll(participant, this.data.project(coach), coach, TODAY.minusDays(20));
		var login = this.data.login(coach);

		this.mvc.perform(contact(enrollment, login, "09:00")).andExpect(status().is3xxRedirection());
		assertThat(contacts(enrollment)).isEqualTo(1);
		assertThat(this.auditLog.ofParticipant(participant)).extracting(AuditEntry::action, AuditEntry::route)
			.contains(org.assertj.core.groups.Tuple.tuple(AuditAction.CHANGE, "POST /enrollments/{id}/contacts"));

		this.jdbc.sql("alter table audit_head rename to audit_head_away").update();
		try {
			this.mvc.perform(contact(enrollment, login, "10:00")).andExpect(status().isInternalServerError());
		}
		finally {
			this.jdbc.sql("alter table audit_head_away rename to audit_head").update();
		}
		assertThat(contacts(enrollment)).isEqualTo(1);
		assertThat(this.auditLog.verify().intact()).isTrue();
	}

	private MockHttpServletRequestBuilder contact(UUID enrollment,
			org.springframework.security.core.userdetails.UserDetails login, String time) {
		return post("/enrollments/{id}/contacts", enrollment).with(user(login))
			.with(csrf())
			.param("contactedAt", TODAY.minusDays(1) + "T" + time)
			.param("channel", "PHONE")
			.param("kind", "FOLLOW_UP");
	}

	private int contacts(UUID enrollment) {
		return this.jdbc.sql("select count(*) from contact where enrollment_id = ?")
			.param(enrollment)
			.query(Integer.class)
			.single();
	}

}
