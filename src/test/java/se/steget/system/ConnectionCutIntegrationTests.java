package se.steget.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.Races;
import se.steget.TestData;
import se.steget.access.AuditLog;
import se.steget.access.Role;
import se.steget.core.Gender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The database's connections cut under the application while requests are in flight
 * (PostgreSQL ends every session but the test's own, again and again): every answer is
 * the saved change (201) or an honest 503, never a 401 for valid credentials and never a
 * 500; every acknowledged change is there, every saved change has its audit entry, and
 * the application works again without a restart.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConnectionCutIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	private static final int WRITERS = 4;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private AuditLog auditLog;

	@Test
	void cutConnectionsGiveSavedChangesOr503AndEverySavedChangeIsAudited() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			// an embedded H2 has no server that ends sessions;
			// DatabaseUnavailableIntegrationTests
			// covers it with a pool that times out
			assumeTrue(connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL"),
					"needs a database server that can end sessions");
		}
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		UUID enrollment = this.data.enroll(this.data.participant(coach, Gender.WOMAN), project, coach,
				TODAY.minusDays(10));
		Map<String, Integer> answers = new ConcurrentHashMap<>();
		AtomicBoolean writing = new AtomicBoolean(true);
		AtomicInteger cut = new AtomicInteger();
		List<Callable<?>> tasks = new ArrayList<>();
		for (int i = 0; i < WRITERS; i++) {
			tasks.add(() -> {
				while (writing.get()) {
					String marker = UUID.randomUUID().toString();
					answers.put(marker, logContact(coach, enrollment, marker));
				}
				return null;
			});
		}
		tasks.add(() -> {
			try (Connection own = this.dataSource.getConnection()) {
				long end = System.nanoTime() + Duration.ofSeconds(6).toNanos();
				while (System.nanoTime() < end) {
					Thread.sleep(150);
					cut.addAndGet(cutOtherSessions(own));
				}
			}
			finally {
				writing.set(false);
			}
			return null;
		});
		List<Throwable> ended = Races.race(tasks);
		assertThat(ended).containsOnlyNulls();

		assertThat(logContact(coach, enrollment, "efter avbrotten")).as("recovered without a restart").isEqualTo(201);
		answers.put("efter avbrotten", 201);
		assertThat(cut).as("sessions ended under the application").hasPositiveValue();
		assertThat(answers.values()).as("every answer a saved change or an honest 503").containsOnly(201, 503);
		assertThat(answers.values()).contains(503);
		List<String> saved = this.jdbc.sql("select note from contact where enrollment_id = ?")
			.param(enrollment)
			.query(String.class)
			.list();
		answers.forEach((marker, status) -> {
			if (status == 201) {
				assertThat(saved).as("acknowledged %s", marker).contains(marker);
			}
		});
		long audited = this.jdbc
			.sql("select count(*) from audit_entry where username = ? and route = ? and action = 'CHANGE'"
					+ " and status = 201")
			.params(this.data.username(coach), "POST /api/v1/enrollments/{id}/contacts")
			.query(Long.class)
			.single();
		assertThat(audited).as("every saved change audited, and only those").isEqualTo(saved.size());
		assertThat(this.auditLog.verify().intact()).isTrue();
	}

	private int logContact(UUID coach, UUID enrollment, String marker) throws Exception {
		var response = this.mvc.perform(post("/api/v1/enrollments/" + enrollment + "/contacts")
			.with(httpBasic(this.data.username(coach), TestData.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"contactedAt\": \"%sT09:00\", \"channel\": \"PHONE\", \"kind\": \"FOLLOW_UP\", \"note\": \"%s\"}"
						.formatted(TODAY.minusDays(1), marker)))
			.andReturn();
		return response.getResponse().getStatus();
	}

	/**
	 * Ends every session of the database but this one's: what a restarted server does.
	 */
	private static int cutOtherSessions(Connection own) throws Exception {
		String cut = "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database()"
				+ " and pid <> pg_backend_pid()";
		int ended = 0;
		try (Statement statement = own.createStatement(); ResultSet rows = statement.executeQuery(cut)) {
			while (rows.next()) {
				ended += rows.getBoolean(1) ? 1 : 0;
			}
		}
		return ended;
	}

}
