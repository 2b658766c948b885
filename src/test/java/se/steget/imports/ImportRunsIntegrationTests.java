package se.steget.imports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import se.steget.TestData;
import se.steget.TestNumbers;
import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.core.PersonalIdentityNumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * Checks and imports run in the background and survive: a job shows its progress while it
 * runs, a job whose instance stopped is marked failed with nothing written and can be
 * imported again, a queued job no worker took is found by the poll, and the import writes
 * its audit entry.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportRunsIntegrationTests {

	@Autowired
	private ImportManagement imports;

	@Autowired
	private ImportRuns runs;

	@Autowired
	private TestData data;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private MockMvc mvc;

	@Test
	void anImportRunsInTheBackgroundWithItsProgressAndAuditEntry() {
		UUID coach = this.data.user(Role.STAFF);
		AccessScope scope = this.data.scope(coach);
		String number = TestNumbers.next();
		UUID id = uploaded(scope, number);
		this.transactions.executeWithoutResult((tx) -> this.imports.startCheck(id, scope));
		assertThat(Runs.settled(this.jdbc, id)).isEqualTo(ImportStatus.CHECKED);
		assertThat(people(number)).as("a check writes nothing").isZero();

		this.transactions.executeWithoutResult((tx) -> this.imports.startImport(id, false, scope));
		assertThat(Runs.settled(this.jdbc, id)).isEqualTo(ImportStatus.IMPORTED);
		assertThat(people(number)).isEqualTo(1);
		assertThat(this.jdbc.sql("select progress_done || '/' || progress_total from import_job where id = ?")
			.param(id)
			.query(String.class)
			.single()).as("each of the file's rows gone through once").isEqualTo("1/1");
		assertThat(this.jdbc.sql("select purpose from audit_entry where route = 'import' and path = ?")
			.param("/imports/" + id)
			.query(String.class)
			.list()).containsExactly("participants: 1 created, 0 updated");
	}

	@Test
	void aRunningJobShowsItsProgressAndThePageReloadsWhenItEnds() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID id = uploaded(this.data.scope(coach), TestNumbers.next());
		this.jdbc
			.sql("update import_job set status = 'IMPORTING', heartbeat_at = ?, progress_done = 3, progress_total = 10"
					+ " where id = ?")
			.params(LocalDateTime.now(), id)
			.update();
		var login = user(this.data.login(coach));
		this.mvc.perform(get("/imports/{id}", id).with(login))
			.andExpect(content().string(containsString("<progress id=\"run-progress\" max=\"100\" value=\"30\"")))
			.andExpect(content().string(not(containsString("/commit\""))));
		this.mvc.perform(get("/imports/{id}/run", id).with(login))
			.andExpect(header().doesNotExist("HX-Redirect"))
			.andExpect(content().string(containsString("30 %")));

		this.jdbc.sql("update import_job set status = 'FAILED', failure = 'imports.failure.stopped' where id = ?")
			.param(id)
			.update();
		this.mvc.perform(get("/imports/{id}/run", id).with(login))
			.andExpect(header().string("HX-Redirect", "/imports/" + id));
	}

	@Test
	void aJobWhoseInstanceStoppedIsMarkedFailedAndCanBeImportedAgain() {
		UUID coach = this.data.user(Role.STAFF);
		AccessScope scope = this.data.scope(coach);
		String number = TestNumbers.next();
		UUID id = uploaded(scope, number);
		this.jdbc.sql("update import_job set status = 'IMPORTING', heartbeat_at = ? where id = ?")
			.params(LocalDateTime.now().minusMinutes(3), id)
			.update();
		assertThatThrownBy(
				() -> this.transactions.executeWithoutResult((tx) -> this.imports.startImport(id, false, scope)))
			.as("a job that runs cannot be started again")
			.hasMessageContaining("imports.error.busy");

		this.runs.failStopped();
		assertThat(this.jdbc.sql("select status || ' ' || failure from import_job where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("FAILED imports.failure.stopped");
		assertThat(people(number)).isZero();

		this.transactions.executeWithoutResult((tx) -> this.imports.startImport(id, false, scope));
		assertThat(Runs.settled(this.jdbc, id)).isEqualTo(ImportStatus.IMPORTED);
		assertThat(people(number)).isEqualTo(1);
	}

	@Test
	void aQueuedJobNoWorkerTookIsFoundByThePoll() {
		UUID coach = this.data.user(Role.STAFF);
		String number = TestNumbers.next();
		UUID id = uploaded(this.data.scope(coach), number);
		this.jdbc.sql("update import_job set status = 'IMPORTING', heartbeat_at = null where id = ?")
			.param(id)
			.update();

		this.runs.poll();
		assertThat(Runs.settled(this.jdbc, id)).as(() -> failure(id)).isEqualTo(ImportStatus.IMPORTED);
		assertThat(people(number)).isEqualTo(1);
	}

	private UUID uploaded(AccessScope scope, String number) {
		String file = "Personnummer;Förnamn;Efternamn;Kön;Kommun\n" + number + ";Åsa;" + TestData.unique("Öberg")
				+ ";K;Kalmar\n";
		return this.transactions.execute((tx) -> this.imports.upload("participants", null, "personer.csv",
				file.getBytes(StandardCharsets.UTF_8), scope));
	}

	private String failure(UUID id) {
		return this.jdbc.sql("select failure from import_job where id = ?").param(id).query(String.class).single();
	}

	private long people(String number) {
		return this.jdbc.sql("select count(*) from participant where personal_identity_number = ?")
			.param(PersonalIdentityNumber.parse(number).value())
			.query(Long.class)
			.single();
	}

}
