package se.steget.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.steget.access.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs in the same context as the browser tests, which log in with the demo's accounts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steget.demo.enabled=true")
class DemoDataIntegrationTests {

	@Autowired
	private JdbcClient jdbc;

	@Test
	void createsTheFiveSeedProjectsWithTheirRealMetadata() {
		List<String> names = this.jdbc.sql("select name from project order by name").query(String.class).list();
		assertThat(names).contains("Jobbkontakten", "OPIS", "Jobb- och utvecklingsgarantin", "Jobbfokus Närke-Värmland",
				"CreaDiem");
		assertThat(this.jdbc.sql("select esf_grant_sek from project where name = 'Jobbfokus Närke-Värmland'")
			.query(Long.class)
			.single()).isEqualTo(6_770_099L);
		assertThat(this.jdbc
			.sql("select count(*) from project_municipality m join project p on p.id = m.project_id"
					+ " where p.name = 'OPIS'")
			.query(Long.class)
			.single()).isEqualTo(10);
		assertThat(this.jdbc.sql("select quota_women from project where name = 'OPIS'").query(Integer.class).single())
			.isEqualTo(200);
	}

	@Test
	void hasOneLoginPerRole() {
		List<String> roles = this.jdbc
			.sql("select distinct role from user_account where username in"
					+ " ('admin', 'projektledare', 'coach', 'arbetsformedlare', 'koordinator', 'styrgrupp', 'ekonom',"
					+ " 'utvarderare')")
			.query(String.class)
			.list();
		assertThat(roles)
			.containsExactlyInAnyOrder(Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
	}

	@Test
	void usesOnlySkatteverketsTestNumbersAndNoContactFromTheSeeds() throws Exception {
		Set<String> testNumbers = new HashSet<>(
				Files.readAllLines(Path.of("src/main/resources/reference/testpersonnummer.csv")));
		List<String> numbers = this.jdbc
			.sql("select personal_identity_number from participant where anonymised_on is null"
					+ " and personal_identity_number not like 'X%'")
			.query(String.class)
			.list();
		assertThat(numbers).hasSizeGreaterThan(150).allSatisfy((n) -> assertThat(testNumbers).contains(n));
		List<String> contacts = this.jdbc.sql("select contact_person from project").query(String.class).list();
		assertThat(contacts).doesNotContain("Eva Sjölin", "Henric Burak", "Agneta Leonhardt");
	}

	@Test
	void spreadsTheDemoOverEveryStatusAndGender() {
		assertThat(this.jdbc.sql("select distinct status from enrollment").query(String.class).list())
			.contains("INTAKE", "ACTIVE", "EXITED");
		assertThat(this.jdbc.sql("select distinct gender from participant").query(String.class).list())
			.contains("WOMAN", "MAN", "NON_BINARY");
		assertThat(
				this.jdbc.sql("select count(*) from participant where protected_identity").query(Long.class).single())
			.isPositive();
	}

}
