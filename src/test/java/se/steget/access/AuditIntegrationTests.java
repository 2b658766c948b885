package se.steget.access;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.core.Gender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class AuditIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AuditLog auditLog;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestData data;

	@Autowired
	private se.steget.participant.ParticipantManagement participants;

	@Test
	void readsAndChangesThroughThePagesAndTheApiAreLoggedWithThePerson() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID participant = this.data.participant(coach, Gender.WOMAN);
		UUID enrollment = this.data.enroll(participant, this.data.project(coach), coach, TODAY.minusDays(40));

		this.mvc
			.perform(get("/participants/{id}", participant).param("purpose", "Uppföljning")
				.with(user(this.data.login(coach))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/participants?q=Testa").with(user(this.data.login(coach)))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/enrollments/{id}", enrollment).with(basic(coach))).andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/enrollments/{id}/contacts", enrollment).with(basic(coach))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"contactedAt": "%sT10:00", "channel": "PHONE", "kind": "FOLLOW_UP"}"""
					.formatted(TODAY.minusDays(1))))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/enrollments/{id}/contacts", enrollment).with(user(this.data.login(coach)))
				.with(csrf())
				.param("contactedAt", TODAY.minusDays(2) + "T09:00")
				.param("channel", "VISIT")
				.param("kind", "SUPPORT_CONVERSATION"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(get("/enrollments/{id}/hours/certificate", enrollment)
				.param("month", TODAY.toString().substring(0, 7))
				.with(user(this.data.login(coach))))
			.andExpect(status().isOk());

		List<AuditEntry> all = this.auditLog.ofParticipant(participant);
		assertThat(all).filteredOn((e) -> e.action() == AuditAction.LIST)
			.extracting(AuditEntry::route)
			.containsExactly("GET /participants");
		List<AuditEntry> about = all.stream().filter((e) -> e.action() != AuditAction.LIST).toList();
		assertThat(about).extracting(AuditEntry::action, AuditEntry::route)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(AuditAction.EXPORT, "GET /enrollments/{id}/hours/certificate"),
					org.assertj.core.groups.Tuple.tuple(AuditAction.CHANGE, "POST /enrollments/{id}/contacts"),
					org.assertj.core.groups.Tuple.tuple(AuditAction.CHANGE, "POST /api/v1/enrollments/{id}/contacts"),
					org.assertj.core.groups.Tuple.tuple(AuditAction.VIEW, "GET /api/v1/enrollments/{id}"),
					org.assertj.core.groups.Tuple.tuple(AuditAction.VIEW, "GET /participants/{id}"));
		assertThat(about).extracting(AuditEntry::username).containsOnly(this.data.username(coach));
		assertThat(about.get(4).purpose()).isEqualTo("Uppföljning");
		assertThat(this.auditLog.ofUser(coach, TODAY.atStartOfDay(), TODAY.plusDays(1).atStartOfDay()))
			.filteredOn((e) -> e.action() == AuditAction.LIST)
			.extracting(AuditEntry::path)
			.contains("/participants?q=Testa");

		UUID admin = this.data.user(Role.ADMINISTRATOR);
		this.mvc
			.perform(get("/audit").param("participantId", participant.toString()).with(user(this.data.login(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/enrollments/" + enrollment + "/hours/certificate")));
		this.mvc
			.perform(get("/audit").param("participantId", participant.toString()).with(user(this.data.login(coach))))
			.andExpect(status().isForbidden());
	}

	@Test
	void correctionsAndRemovalsAreLoggedAsChangesOfThePersonAndAFormSentBackAsAnAttempt() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID participant = this.data.participant(coach, Gender.MAN);
		UUID enrollment = this.data.enroll(participant, this.data.project(coach), coach, TODAY.minusDays(40));
		this.mvc
			.perform(post("/api/v1/enrollments/{id}/contacts", enrollment).with(basic(coach))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"contactedAt": "%sT10:00", "channel": "PHONE", "kind": "FOLLOW_UP"}"""
					.formatted(TODAY.minusDays(1))))
			.andExpect(status().isCreated());
		UUID contact = this.jdbc.sql("select id from contact where enrollment_id = ?")
			.param(enrollment)
			.query(UUID.class)
			.single();
		this.mvc
			.perform(put("/api/v1/enrollments/{id}/contacts/{c}", enrollment, contact).with(basic(coach))
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"contactedAt": "%sT11:00", "channel": "VISIT", "kind": "FOLLOW_UP"}"""
					.formatted(TODAY.minusDays(1))))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/enrollments/{id}/contacts/{c}/delete", enrollment, contact)
				.with(user(this.data.login(coach)))
				.with(csrf())
				.param("version", "1"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/api/v1/enrollments/{id}/plan/steps", enrollment).with(basic(coach))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"area": "WORK", "description": "Ringa lagret", "doneBy": "PARTICIPANT"}"""))
			.andExpect(status().isOk());
		UUID step = this.jdbc.sql("select id from plan_step where enrollment_id = ?")
			.param(enrollment)
			.query(UUID.class)
			.single();
		this.mvc
			.perform(delete("/api/v1/enrollments/{id}/plan/steps/{s}", enrollment, step).with(basic(coach))
				.header("If-Match", "\"1\""))
			.andExpect(status().isNoContent());

		this.mvc
			.perform(post("/enrollments/{id}/contacts", enrollment).with(user(this.data.login(coach)))
				.with(csrf())
				.param("contactedAt", TODAY.plusDays(2) + "T09:00")
				.param("channel", "VISIT")
				.param("kind", "SUPPORT_CONVERSATION"))
			.andExpect(status().isOk());

		assertThat(this.auditLog.ofParticipant(participant)).filteredOn((e) -> e.action() == AuditAction.ATTEMPT)
			.extracting(AuditEntry::route, AuditEntry::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("POST /enrollments/{id}/contacts", 200));
		assertThat(this.auditLog.ofParticipant(participant)).filteredOn((e) -> e.action() == AuditAction.CHANGE)
			.extracting(AuditEntry::route)
			.containsExactly("DELETE /api/v1/enrollments/{id}/plan/steps/{stepId}",
					"POST /api/v1/enrollments/{id}/plan/steps", "POST /enrollments/{id}/contacts/{contactId}/delete",
					"PUT /api/v1/enrollments/{id}/contacts/{contactId}", "POST /api/v1/enrollments/{id}/contacts");
	}

	@Test
	void findsWhatAUserDidByUsernameAndRefusesAnUnknownOneNextToTheField() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID participant = this.data.participant(coach, Gender.MAN);
		this.mvc.perform(get("/participants/{id}", participant).with(user(this.data.login(coach))))
			.andExpect(status().isOk());
		UUID admin = this.data.user(Role.ADMINISTRATOR);

		this.mvc
			.perform(get("/audit").param("username", " " + this.data.username(coach) + " ")
				.with(user(this.data.login(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/participants/" + participant),
					not(containsString("id=\"username-error\"")))));
		this.mvc.perform(get("/audit").param("username", "ingen-sadan-anvandare").with(user(this.data.login(admin))))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("id=\"username-error\""), containsString("Okänd användare."),
							containsString("value=\"ingen-sadan-anvandare\""), not(containsString("id=\"audit\"")))));
	}

	@Test
	void aProtectedIdentityShowsOnlyWithAReasonAndTheReasonIsLogged() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		var form = this.data.participantForm(Gender.WOMAN);
		form.setProtectedIdentity(true);
		UUID participant = this.participants.register(form, this.data.scope(coach));

		this.mvc.perform(get("/participants/{id}", participant).with(user(this.data.login(coach))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(form.getLastName()))));
		this.mvc
			.perform(post("/participants/{id}/reveal", participant).param("purpose", " ")
				.with(user(this.data.login(coach)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"purpose-error\""), not(containsString(form.getLastName())))));
		this.mvc
			.perform(post("/participants/{id}/reveal", participant).param("purpose", "Kontakt med arbetsgivare")
				.with(user(this.data.login(coach)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(form.getLastName())));

		assertThat(this.auditLog.ofParticipant(participant)).filteredOn((e) -> e.action() == AuditAction.REVEAL)
			.extracting(AuditEntry::purpose)
			.containsExactly("Kontakt med arbetsgivare", " ");
	}

	@Test
	void theVerificationFindsAnEditedOrADeletedEntry() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		this.mvc.perform(get("/").with(user(this.data.login(coach)))).andExpect(status().isOk());
		this.mvc.perform(get("/participants").with(user(this.data.login(coach)))).andExpect(status().isOk());
		AuditVerification before = this.auditLog.verify();
		assertThat(before.intact()).isTrue();
		long last = before.checked();
		Map<String, Object> entry = this.jdbc.sql("select * from audit_entry where seq = ?")
			.param(last - 1)
			.query()
			.singleRow();

		this.jdbc.sql("update audit_entry set path = '/changed' where seq = ?").param(last - 1).update();
		assertThat(this.auditLog.verify().brokenAt()).isEqualTo(last - 1);
		this.jdbc.sql("update audit_entry set path = ? where seq = ?").params(entry.get("path"), last - 1).update();
		assertThat(this.auditLog.verify().intact()).isTrue();

		Map<String, Object> lastEntry = this.jdbc.sql("select * from audit_entry where seq = ?")
			.param(last)
			.query()
			.singleRow();
		this.jdbc.sql("delete from audit_entry where seq = ?").param(last).update();
		assertThat(this.auditLog.verify().intact()).isFalse();
		this.jdbc
			.sql("insert into audit_entry (seq, at, user_id, username, action, route, path, participant_id, purpose,"
					+ " status, prev_hash, hash, mac, shown_participants) values (:seq, :at, :user_id, :username, :action,"
					+ " :route, :path, :participant_id, :purpose, :status, :prev_hash, :hash, :mac, :shown_participants)")
			.params(lowerCase(lastEntry))
			.update();
		assertThat(this.auditLog.verify().intact()).isTrue();
	}

	private static Map<String, Object> lowerCase(Map<String, Object> row) {
		Map<String, Object> params = new java.util.HashMap<>();
		row.forEach((key, value) -> params.put(key.toLowerCase(), (value instanceof java.sql.Timestamp t)
				? t.toLocalDateTime() : (value instanceof LocalDateTime) ? value : value));
		return params;
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor basic(UUID user) {
		return httpBasic(this.data.username(user), TestData.PASSWORD);
	}

	@Test
	void aRefusedReadIsLoggedAsAnAttemptNotAsARead() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID stranger = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		UUID participant = this.data.participant(coach, se.steget.core.Gender.WOMAN);
		this.data.enroll(participant, project, coach, TODAY.minusDays(10));

		this.mvc.perform(get("/participants/{id}", participant).with(user(this.data.login(stranger))))
			.andExpect(status().isNotFound());

		assertThat(this.auditLog.ofParticipant(participant)).filteredOn((e) -> e.userId().equals(stranger))
			.extracting(AuditEntry::action, AuditEntry::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.ATTEMPT, 404));
	}

	@Test
	void aRewrittenTableWithThePlainChainRecomputedIsFoundByTheKey() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		this.mvc.perform(get("/participants").with(user(this.data.login(coach)))).andExpect(status().isOk());
		this.mvc.perform(get("/").with(user(this.data.login(coach)))).andExpect(status().isOk());
		assertThat(this.auditLog.verify().intact()).isTrue();
		long last = this.auditLog.verify().checked();

		for (boolean dropTheMacs : new boolean[] { false, true }) {
			List<Map<String, Object>> saved = this.jdbc
				.sql("select seq, path, hash, mac from audit_entry where seq >= ?")
				.param(last - 1)
				.query()
				.listOfRows();
			rewrite(last - 1, "/rewritten", dropTheMacs);
			assertThat(this.auditLog.verify().intact()).as("macs dropped: " + dropTheMacs).isFalse();
			for (Map<String, Object> row : saved) {
				this.jdbc.sql("update audit_entry set path = ?, hash = ?, mac = ? where seq = ?")
					.params(row.get("path"), row.get("hash"), row.get("mac"), row.get("seq"))
					.update();
			}
			this.jdbc.sql(
					"update audit_entry set prev_hash = (select hash from audit_entry p where p.seq = audit_entry.seq - 1)"
							+ " where seq >= ?")
				.param(last - 1)
				.update();
			this.jdbc.sql("update audit_head set hash = (select hash from audit_entry where seq = audit_head.seq)")
				.update();
			assertThat(this.auditLog.verify().intact()).isTrue();
		}
	}

	/**
	 * What someone with write access but no key can do: edit, and recompute every hash
	 * after.
	 */
	private void rewrite(long from, String path, boolean dropTheMacs) {
		this.jdbc.sql("update audit_entry set path = ? where seq = ?").params(path, from).update();
		String previous = this.jdbc.sql("select hash from audit_entry where seq = ?")
			.param(from - 1)
			.query(String.class)
			.single();
		List<AuditEntry> entries = this.jdbc
			.sql("select seq, at, user_id, username, action, route, path, participant_id, purpose, status, prev_hash,"
					+ " hash, mac, shown_participants from audit_entry where seq >= ? order by seq")
			.param(from)
			.query(AuditEntry.class)
			.list();
		for (AuditEntry e : entries) {
			var relinked = new AuditEntry(e.seq(), e.at(), e.userId(), e.username(), e.action(), e.route(), e.path(),
					e.participantId(), e.purpose(), e.status(), previous, null, null, e.shownParticipants());
			String hash = relinked.expectedHash();
			this.jdbc
				.sql("update audit_entry set prev_hash = ?, hash = ?, mac = case when ? then null else mac end"
						+ " where seq = ?")
				.params(previous, hash, dropTheMacs, e.seq())
				.update();
			previous = hash;
		}
		this.jdbc.sql("update audit_head set hash = ?").param(previous).update();
	}

	@Test
	void aListNamesThePeopleItShowed() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		UUID participant = this.data.participant(coach, se.steget.core.Gender.MAN);
		this.data.enroll(participant, project, coach, TODAY.minusDays(3));

		this.mvc.perform(get("/enrollments").param("project", project.toString()).with(user(this.data.login(coach))))
			.andExpect(status().isOk());

		assertThat(this.auditLog.ofParticipant(participant)).filteredOn((e) -> e.action() == AuditAction.LIST)
			.extracting(AuditEntry::route)
			.containsExactly("GET /enrollments");
	}

	@Test
	void aChainBegunBeforeTheKeyIsKeyedFromItsHeadOn() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		this.mvc.perform(get("/").with(user(this.data.login(coach)))).andExpect(status().isOk());
		long last = this.auditLog.verify().checked();
		this.jdbc.sql(
				"update audit_entry set mac = null where seq >= (select min(seq) from audit_entry where mac is not null)")
			.update();
		assertThat(this.auditLog.verify().intact()).as("an unkeyed head").isFalse();

		this.auditLog.keyTheChain();

		assertThat(this.auditLog.verify().intact()).isTrue();
		assertThat(this.jdbc.sql("select route from audit_entry where seq = ?")
			.param(last + 1)
			.query(String.class)
			.single()).isEqualTo("KEY audit chain");
	}

}
