package se.steget.employer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration that puts internships on the employer register: each distinct employer
 * name becomes one employer, each supervisor one of its contact persons, each follow-up
 * visit an employer contact, and the free-text columns are gone.
 */
class InternshipEmployerMigrationTests {

	@Test
	void freeTextEmployersBecomeEmployersWithTheirSupervisorsAndVisits() {
		String url = "jdbc:h2:mem:internships-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";
		DataSource dataSource = new DriverManagerDataSource(url, "sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("27").load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		UUID project = UUID.randomUUID();
		jdbc.sql("insert into project (id, name, phase, period_start, period_end, version)"
				+ " values (?, 'Förr', 'IMPLEMENTATION', ?, ?, 0)")
			.params(project, LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31))
			.update();
		UUID first = internship(jdbc, project, "Lagret AB", "Eva Ek");
		UUID second = internship(jdbc, project, " Lagret AB ", "Eva Ek");
		UUID third = internship(jdbc, project, "Bageriet", null);
		internship(jdbc, project, "  ", null);
		jdbc.sql("insert into activity_visit (activity_id, visited_on, note) values (?, ?, 'Trivs')")
			.params(first, LocalDate.of(2024, 5, 10))
			.update();

		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

		List<Map<String, Object>> employers = jdbc.sql("select name from employer order by name").query().listOfRows();
		assertThat(employers).extracting((row) -> row.get("NAME")).containsExactly("Bageriet", "Lagret AB");
		assertThat(employerOf(jdbc, first)).isEqualTo(employerOf(jdbc, second)).isNotNull();
		assertThat(employerOf(jdbc, third)).isNotEqualTo(employerOf(jdbc, first)).isNotNull();
		assertThat(jdbc
			.sql("select p.name from activity a join employer_contact_person p on p.id = a.supervisor_id"
					+ " where a.id = ?")
			.param(second)
			.query(String.class)
			.single()).isEqualTo("Eva Ek");
		assertThat(jdbc.sql("select count(*) from employer_contact_person").query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc
			.sql("select outcome from employer_contact where activity_id = ?" + " and purpose = 'INTERNSHIP_FOLLOW_UP'")
			.param(first)
			.query(String.class)
			.single()).isEqualTo("Trivs");
		assertThat(jdbc
			.sql("select count(*) from information_schema.columns where lower(table_name) = 'activity'"
					+ " and lower(column_name) in ('employer', 'supervisor')")
			.query(Long.class)
			.single()).isZero();
	}

	private static UUID internship(JdbcClient jdbc, UUID project, String employer, String supervisor) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into activity (id, project_id, kind, title, start_date, end_date, employer, supervisor,"
				+ " version) values (?, ?, 'INTERNSHIP', 'Praktik', ?, ?, ?, ?, 0)")
			.params(id, project, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 28), employer, supervisor)
			.update();
		return id;
	}

	private static UUID employerOf(JdbcClient jdbc, UUID activity) {
		return jdbc.sql("select employer_id from activity where id = ?").param(activity).query(UUID.class).single();
	}

}
