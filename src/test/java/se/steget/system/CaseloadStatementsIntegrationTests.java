package se.steget.system;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.StatementLog;
import se.steget.TestData;
import se.steget.TestNumbers;
import se.steget.access.Role;
import se.steget.core.PersonalIdentityNumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A caseload of 500 participants with their tracks and counters comes from one query, not
 * one per row.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementLog.class)
class CaseloadStatementsIntegrationTests {

	private static final int CASES = 500;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private StatementLog log;

	@Test
	void rendersACaseloadOfFiveHundredFromOneQuery() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		UUID track = this.data.track(project, "Fas 1", 150, null, true);
		insertCases(coach, project, track);

		var login = this.data.login(coach);
		this.log.clear();
		String page = this.mvc.perform(get("/").with(user(login)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page.split("<tr").length - 2).isEqualTo(CASES);
		assertThat(page).contains("Över gränsen", "Fas 1");
		List<String> statements = this.log.statements();
		assertThat(statements).filteredOn((sql) -> sql.contains("from enrollment")).hasSize(1);
		assertThat(statements).filteredOn((sql) -> sql.contains("audit_")).hasSize(3);
		assertThat(statements).filteredOn((sql) -> sql.contains("from employer_contact"))
			.as("the next steps and quiet employers, one query each, whatever the caseload")
			.hasSize(2);
		assertThat(statements)
			.filteredOn((sql) -> !sql.contains("audit_") && !sql.contains("SPRING_SESSION")
					&& !sql.contains("from employer_contact"))
			.as("the page's statements beside the audit log's, the session's and the employer sections': %s",
					statements)
			.hasSizeLessThanOrEqualTo(2);
	}

	private void insertCases(UUID coach, UUID project, UUID track) {
		LocalDate start = LocalDate.now().minusDays(200);
		List<Object[]> people = new ArrayList<>();
		List<Object[]> cases = new ArrayList<>();
		for (int i = 0; i < CASES; i++) {
			var number = PersonalIdentityNumber.parse(TestNumbers.next());
			UUID participant = UUID.randomUUID();
			people.add(new Object[] { participant, number.value(), "Fall", "Nummer " + i, "WOMAN", number.birthDate(),
					"0880", coach });
			cases.add(new Object[] { UUID.randomUUID(), participant, project, start, coach, track, start });
		}
		this.jdbc.batchUpdate("insert into participant (id, personal_identity_number, first_name, last_name, gender,"
				+ " birth_date, municipality_code, protected_identity, registered_by, registered_at, version)"
				+ " values (?, ?, ?, ?, ?, ?, ?, false, ?, current_timestamp, 0)", people);
		this.jdbc.batchUpdate("insert into enrollment (id, participant_id, project_id, start_date, responsible_user_id,"
				+ " status, track_id, track_since, version) values (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, 0)", cases);
	}

}
