package se.steget.casework;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contact log's changes kept before the shared correction history (V39) move into it
 * (V42) with their times and texts intact, quotes, backslashes and line breaks too.
 */
class ContactChangeMigrationIntegrationTests {

	@Test
	void aContactChangeKeptBeforeIsReadFromTheSharedHistory() {
		DataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:contact-change-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("41").load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		UUID project = UUID.randomUUID();
		jdbc.sql("insert into project (id, name, phase, period_start, period_end, version)"
				+ " values (?, 'Förr', 'ONGOING', ?, ?, 0)")
			.params(project, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31))
			.update();
		UUID person = UUID.randomUUID();
		jdbc.sql("insert into participant (id, personal_identity_number, first_name, last_name, gender, birth_date,"
				+ " municipality_code, protected_identity, registered_at, version) values (?, '199001011234', 'A',"
				+ " 'B', 'WOMAN', ?, '1880', false, ?, 0)")
			.params(person, LocalDate.of(1990, 1, 1), LocalDateTime.of(2025, 1, 1, 9, 0))
			.update();
		UUID enrollment = UUID.randomUUID();
		jdbc.sql("insert into enrollment (id, participant_id, project_id, start_date, status, version)"
				+ " values (?, ?, ?, ?, 'ACTIVE', 0)")
			.params(enrollment, person, project, LocalDate.of(2025, 3, 1))
			.update();
		String before = "PHONE, FOLLOW_UP: sa \"ja\" \\ och\nny rad";
		jdbc.sql("insert into contact_change (id, contact_id, enrollment_id, kind, before_contacted_at, before_text,"
				+ " after_contacted_at, after_text, changed_by, changed_at) values (?, ?, ?, 'EDITED', ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), UUID.randomUUID(), enrollment, LocalDateTime.of(2025, 4, 2, 10, 30), before,
					LocalDateTime.of(2025, 4, 2, 11, 0), "VISIT, FOLLOW_UP", UUID.randomUUID(),
					LocalDateTime.of(2025, 4, 3, 8, 0))
			.update();

		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

		Map<String, Object> row = jdbc.sql("select record_kind, kind, changes from casework_correction")
			.query()
			.singleRow();
		assertThat(row.get("record_kind")).isEqualTo("CONTACT");
		assertThat(row.get("kind")).isEqualTo("EDITED");
		List<Map<String, Object>> changes = JsonMapper.builder()
			.build()
			.readValue((String) row.get("changes"), List.class);
		assertThat(changes).extracting((c) -> c.get("labelKey"), (c) -> c.get("before"), (c) -> c.get("after"))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("contact.contactedAt", "2025-04-02 10:30", "2025-04-02 11:00"),
					org.assertj.core.groups.Tuple.tuple("contact.summary", before, "VISIT, FOLLOW_UP"));
	}

}
