package se.steget.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark at its small size, so that it keeps working: it generates, measures,
 * finds the goal report equal to its floor, and writes JSON. Its times are reported, not
 * asserted.
 */
@SpringBootTest
class BenchmarkIntegrationTests {

	@Autowired
	private Benchmark benchmark;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	/** Rows of the generated projects only: other tests share the database. */
	private static final String GENERATED = " project_id in (select id from project where name like 'Skalprojekt 7-%')";

	@TempDir
	Path results;

	@Test
	void generatesTheSmallSizeMeasuresAndWritesJson() throws Exception {
		Path file = this.benchmark.runAndWrite("small", 7, this.results);

		JsonNode result = this.json.readTree(Files.readString(file));
		System.out.println("Benchmark at the small size: " + result.get("figures"));
		JsonNode generated = result.get("generated");
		assertThat(generated.get("projects").asInt()).isEqualTo(5);
		assertThat(generated.get("participants").asLong()).isEqualTo(2_000);
		long enrollments = generated.get("enrollments").asLong();
		assertThat(enrollments).isBetween(2_000L, 2_400L);
		assertThat(generated.get("contacts").asLong()).isBetween(enrollments * 38 / 10, enrollments * 4);
		assertThat(this.jdbc.sql("select count(*) from enrollment where start_date > current_date and" + GENERATED)
			.query(Long.class)
			.single()).as("enrollments starting after today").isZero();
		assertThat(this.jdbc
			.sql("select count(*) from contact c join enrollment e on e.id = c.enrollment_id"
					+ " where (c.contacted_at > current_timestamp or cast(c.contacted_at as date) < e.start_date"
					+ " or cast(c.contacted_at as date) > e.exit_date) and e." + GENERATED)
			.query(Long.class)
			.single()).as("contacts outside their case").isZero();
		assertThat(generated.get("outcomes").asLong()).isPositive();
		assertThat(generated.get("employers").asInt()).isEqualTo(100);
		assertThat(generated.get("activities").asLong()).isPositive();
		assertThat(generated.get("attendance").asLong()).isGreaterThan(enrollments);
		assertThat(this.jdbc.sql("select count(*) from attendance a join enrollment e on e.id = a.enrollment_id"
				+ " join activity_member m on m.activity_id = a.activity_id and m.enrollment_id = a.enrollment_id"
				+ " where (a.attended_on > current_date or a.attended_on < m.joined_on or a.attended_on > e.exit_date)"
				+ " and e." + GENERATED)
			.query(Long.class)
			.single()).as("attendance outside its member's case").isZero();
		assertThat(this.jdbc
			.sql("select count(*) from activity a where a.kind = 'INTERNSHIP' and (a.employer_id is null"
					+ " or a.employer_id not in (select id from employer)) and a." + GENERATED)
			.query(Long.class)
			.single()).as("internships at an unknown employer").isZero();
		JsonNode goal = result.get("figures").get(0);
		assertThat(goal.get("name").asString()).isEqualTo("goalReportAllProjects");
		assertThat(goal.get("equalToFloor").asBoolean()).isTrue();
		assertThat(goal.get("starters").asLong()).isGreaterThan(enrollments * 8 / 10);
		assertThat(goal.get("medianMs").asDouble()).isPositive();
		assertThat(goal.get("floorMedianMs").asDouble()).isPositive();
		JsonNode dashboard = result.get("figures").get(1);
		assertThat(dashboard.get("name").asString()).isEqualTo("projectDashboard");
		assertThat(dashboard.get("participants").asLong()).isPositive();
		assertThat(result.get("figures").get(2).get("name").asString()).isEqualTo("projectGoalReport");
		assertThat(generated.get("vacancies").asLong()).isEqualTo(250);
		assertThat(generated.get("employerContacts").asLong()).isEqualTo(200);
		assertThat(generated.get("jobProfiles").asLong()).isPositive();
		assertThat(this.jdbc
			.sql("select count(*) from job_profile jp join enrollment e on e.id = jp.enrollment_id"
					+ " where e.status = 'EXITED' and e." + GENERATED)
			.query(Long.class)
			.single()).as("job profiles of closed cases").isZero();
		JsonNode forParticipant = result.get("figures").get(3);
		assertThat(forParticipant.get("name").asString()).isEqualTo("matchingForParticipant");
		assertThat(forParticipant.get("medianMs").asDouble()).isPositive();
		assertThat(forParticipant.get("floorMedianMs").asDouble()).isPositive();
		assertThat(forParticipant.get("openVacancies").asLong()).isPositive();
		JsonNode forVacancy = result.get("figures").get(4);
		assertThat(forVacancy.get("name").asString()).isEqualTo("matchingForVacancy");
		assertThat(forVacancy.get("casesWithProfileInScope").asLong()).isPositive();
		assertThat(forVacancy.get("floorMedianMs").asDouble()).isPositive();
		assertThat(result.get("machine").get("cores").asInt()).isPositive();
		JsonNode validation = result.get("figures").get(5);
		assertThat(validation.get("name").asString()).isEqualTo("importValidation");
		assertThat(validation.get("rows").asInt()).isEqualTo(2_000);
		assertThat(validation.get("toCreate").asLong()).isEqualTo(2_000);
		assertThat(validation.get("problems").asLong()).isZero();
		assertThat(validation.get("rowsPerSecond").asDouble()).isPositive();
		assertThat(validation.get("peakHeapMb").asLong()).isPositive();
		JsonNode commit = result.get("figures").get(6);
		assertThat(commit.get("name").asString()).isEqualTo("importCommit");
		assertThat(commit.get("participantsCreated").asLong()).isEqualTo(20);
		assertThat(commit.get("enrollmentsCreated").asLong()).isEqualTo(20);
		assertThat(this.jdbc.sql("select count(*) from participant where last_name like 'Importerad %'")
			.query(Long.class)
			.single()).as("imported people left behind").isZero();

		Map<String, Object> again = this.benchmark.run("small", 7);
		assertThat(again).doesNotContainKey("generated");
		assertThat(((List<?>) again.get("figures"))).hasSize(7);
	}

}
