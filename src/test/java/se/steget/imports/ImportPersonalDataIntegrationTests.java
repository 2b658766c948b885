package se.steget.imports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import se.steget.TestData;
import se.steget.TestNumbers;
import se.steget.access.Role;
import se.steget.core.Erasure;
import se.steget.core.PersonalIdentityNumber;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import's file and report name people: the register extract of a person lists the
 * imports that wrote them, erasing the person erases those files and reports, and every
 * file and report older than the time kept is erased at night.
 */
@SpringBootTest
class ImportPersonalDataIntegrationTests {

	@Autowired
	private ImportManagement imports;

	@Autowired
	private ImportPersonalData personalData;

	@Autowired
	private TestData data;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void aPersonsImportsAreInTheirExtractAndGoWhenTheyAreErased() {
		UUID coach = this.data.user(Role.STAFF);
		String number = TestNumbers.next();
		UUID job = imported(coach, "Personnummer;Förnamn;Efternamn;Kön;Kommun\n" + number + ";Åsa;Öberg;K;Kalmar\n");
		UUID person = this.jdbc.sql("select id from participant where personal_identity_number = ?")
			.param(PersonalIdentityNumber.parse(number).value())
			.query(UUID.class)
			.single();

		var extract = this.personalData.describe(person).get("imports");
		assertThat(extract).extracting((row) -> row.get("file_name")).containsExactly("personer.csv");
		assertThat(this.personalData.disposable(Erasure.of(person, LocalDate.now()))).containsEntry("importFiles", 1L);

		this.transactions.executeWithoutResult((tx) -> this.personalData.erase(Erasure.of(person, LocalDate.now())));
		Map<String, Object> row = this.jdbc.sql("select content, report, file_name from import_job where id = ?")
			.param(job)
			.query()
			.singleRow();
		assertThat(row.get("content")).isNull();
		assertThat(row.get("report")).isNull();
		assertThat(row.get("file_name")).isEqualTo("–");
		assertThat(this.personalData.describe(person).get("imports")).isEmpty();
	}

	@Test
	void filesAndReportsOlderThanTheTimeKeptAreErasedAtNight() {
		UUID coach = this.data.user(Role.STAFF);
		UUID old = imported(coach,
				"Personnummer;Förnamn;Efternamn;Kön;Kommun\n" + TestNumbers.next() + ";Gammal;Fil;K;Kalmar\n");
		UUID recent = imported(coach,
				"Personnummer;Förnamn;Efternamn;Kön;Kommun\n" + TestNumbers.next() + ";Ny;Fil;K;Kalmar\n");
		this.jdbc.sql("update import_job set created_at = ? where id = ?")
			.params(LocalDateTime.now().minusDays(31), old)
			.update();

		this.personalData.purge();
		assertThat(kept(old)).isFalse();
		assertThat(kept(recent)).isTrue();
	}

	private UUID imported(UUID coach, String file) {
		var scope = this.data.scope(coach);
		UUID id = this.transactions.execute((tx) -> this.imports.upload("participants", null, "personer.csv",
				file.getBytes(StandardCharsets.UTF_8), scope));
		this.transactions.executeWithoutResult((tx) -> this.imports.startImport(id, false, scope));
		assertThat(Runs.settled(this.jdbc, id)).isEqualTo(ImportStatus.IMPORTED);
		return id;
	}

	private boolean kept(UUID job) {
		return this.jdbc.sql("select content is not null from import_job where id = ?")
			.param(job)
			.query(Boolean.class)
			.single();
	}

}
