package se.steget.system;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import se.steget.StegetApplication;
import se.steget.system.former.V26__Starter_facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database migrated by the earlier Java migration of version 26 still starts with the
 * frozen SQL script in its place, and keeps its figures; an edit of any other migration
 * still stops the start.
 */
class FormerMigrationIntegrationTests {

	@Test
	void aDatabaseMigratedByTheFormerJavaMigrationStartsAndKeepsItsFigures() {
		String url = "jdbc:h2:mem:former-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";
		JdbcClient jdbc = JdbcClient.create(migratedAsBefore(url));
		List<Map<String, Object>> before = summary(jdbc);
		assertThat(before).hasSize(2);
		assertThat(type(jdbc)).isEqualTo("JDBC");

		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(StegetApplication.class).run(
				"--spring.datasource.url=" + url, "--spring.datasource.username=sa", "--steget.demo.enabled=false",
				"--server.port=0")) {
			assertThat(type(jdbc)).isEqualTo("SQL");
			assertThat(jdbc.sql("select \"checksum\" from \"flyway_schema_history\" where \"version\" = '26'")
				.query(Integer.class)
				.single()).isNotNull();
			assertThat(jdbc.sql("select count(*) from starter_fact").query(Integer.class).single()).isEqualTo(2);
			assertThat(summary(jdbc)).isEqualTo(before);
			assertThat(jdbc.sql("select max(cast(\"version\" as int)) from \"flyway_schema_history\"")
				.query(Integer.class)
				.single()).isGreaterThan(26);
		}
	}

	@Test
	void anotherEditedMigrationStillStopsTheStart() {
		String url = "jdbc:h2:mem:former-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";
		DataSource dataSource = migratedAsBefore(url);
		JdbcClient.create(dataSource)
			.sql("update \"flyway_schema_history\" set \"checksum\" = 1 where \"version\" = '5'")
			.update();

		assertThatThrownBy(() -> MigrationHistory
			.migrate(Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load()))
			.isInstanceOf(FlywayException.class)
			.hasMessageContaining("5");
	}

	/**
	 * Migrated to 25 by the scripts, with two cases, then to 26 by the former Java
	 * migration.
	 */
	private static DataSource migratedAsBefore(String url) {
		DataSource dataSource = new DriverManagerDataSource(url, "sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("25").load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		UUID project = UUID.randomUUID();
		jdbc.sql("insert into project (id, name, phase, period_start, period_end, version)"
				+ " values (?, 'Förr', 'ONGOING', ?, ?, 0)")
			.params(project, LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31))
			.update();
		person(jdbc, project, "WOMAN", "199001011234", LocalDate.of(2024, 3, 1));
		person(jdbc, project, "MAN", "196001011234", LocalDate.of(2024, 4, 1));
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:" + V26__Starter_facts.class.getPackageName().replace('.', '/'))
			.ignoreMigrationPatterns("*:missing")
			.target("26")
			.load()
			.migrate();
		return dataSource;
	}

	private static void person(JdbcClient jdbc, UUID project, String gender, String number, LocalDate start) {
		UUID person = UUID.randomUUID();
		jdbc.sql("insert into participant (id, personal_identity_number, first_name, last_name, gender, birth_date,"
				+ " municipality_code, protected_identity, registered_at, version) values (?, ?, 'A', 'B', ?, ?,"
				+ " '1880', false, ?, 0)")
			.params(person, number, gender, LocalDate.parse(number.substring(0, 4) + "-01-01"),
					LocalDateTime.of(2024, 1, 1, 9, 0))
			.update();
		jdbc.sql("insert into enrollment (id, participant_id, project_id, start_date, status, version)"
				+ " values (?, ?, ?, ?, 'ACTIVE', 0)")
			.params(UUID.randomUUID(), person, project, start)
			.update();
	}

	private static List<Map<String, Object>> summary(JdbcClient jdbc) {
		return jdbc
			.sql("select gender, obstacle, municipality_code, starters, leavers from outcome_summary"
					+ " order by gender")
			.query()
			.listOfRows();
	}

	private static String type(JdbcClient jdbc) {
		return jdbc.sql("select \"type\" from \"flyway_schema_history\" where \"version\" = '26'")
			.query(String.class)
			.single();
	}

}
