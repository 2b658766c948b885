package se.steget.imports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.steget.TestData;
import se.steget.TestNumbers;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.core.PersonalIdentityNumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A comparison group imported by the project's manager: each good row a pseudonymised
 * person of the group and no number kept; a participant of the project, a bad month or
 * outcome, a repeated number each refused on its column; importing again changes nothing;
 * the import can be undone; staff may not import one.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ComparisonImportIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	private static final String HEADER = "Personnummer;Kön;Utbildningsnivå;Födelseregion;Funktionsnedsättning;"
			+ "Månader inskriven;Kommun;Referensmånad;Utfall 90 dagar;Utfall 6 månader;Utfall 12 månader\n";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void goodRowsBecomePseudonymsAndBadOnesAreNamedOnTheirColumn() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		UUID project = this.data.project(coach, manager);
		UUID person = this.data.participant(coach, Gender.WOMAN);
		String enrolled = this.jdbc.sql("select personal_identity_number from participant where id = ?")
			.param(person)
			.query(String.class)
			.single();
		this.data.enroll(person, project, coach, TODAY.minusDays(60));
		String first = TestNumbers.next();
		String second = TestNumbers.next();
		String file = HEADER + first + ";K;Gymnasial;Utanför Europa;nej;14;Kalmar;2025-03;arbete;studier;\n" + second
				+ ";M;;;;30;;202504;annat;;\n" + enrolled + ";K;;;;12;;2025-03;;;\n" + first + ";K;;;;12;;2025-03;;;\n"
				+ TestNumbers.next() + ";K;;;;tolv;;2025-13;månresa;;\n" + "19000101-0000;K;;;;12;;2025-03;;;\n";
		String id = upload(manager, project, file);

		String report = check(manager, id).andExpect(status().isOk())
			.andExpect(jsonPath("$.counts.create").value(2))
			.andExpect(jsonPath("$.counts.invalid").value(4))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(report, "$.problems[*].messageKey")).containsExactly(
				"comparison.error.isParticipant", "imports.error.repeated", "imports.error.months",
				"imports.error.month", "imports.error.outcomeGroup", "error.personalIdentityNumber");
		assertThat(JsonPath.<List<String>>read(report, "$.problems[*].column")).containsExactly("Personnummer",
				"Personnummer", "Månader inskriven", "Referensmånad", "Utfall 90 dagar", "Personnummer");
		assertThat(group(project)).as("the check writes nothing").isEmpty();

		commit(manager, id).andExpect(status().isOk()).andExpect(jsonPath("$.counts.create").value(2));
		List<String> rows = group(project);
		assertThat(rows).containsExactlyInAnyOrder("WOMAN 14 0880 2025-03-01 WORK STUDIES null",
				"MAN 30 null 2025-04-01 OTHER null null");
		List<String> pseudonyms = this.jdbc.sql("select pseudonym from comparison_person where project_id = ?")
			.param(project)
			.query(String.class)
			.list();
		assertThat(pseudonyms).allSatisfy((p) -> assertThat(p).matches("[0-9a-f]{16}"));
		String stored = this.jdbc.sql("select * from comparison_person where project_id = ?")
			.param(project)
			.query((rs, n) -> {
				StringBuilder all = new StringBuilder();
				for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
					all.append(rs.getString(c)).append(' ');
				}
				return all.toString();
			})
			.list()
			.toString();
		assertThat(stored).doesNotContain(PersonalIdentityNumber.parse(first).value().substring(2))
			.doesNotContain(PersonalIdentityNumber.parse(second).value().substring(2));

		String again = upload(manager, project,
				HEADER + first + ";K;Gymnasial;Utanför Europa;nej;14;Kalmar;2025-03;arbete;studier;\n" + second
						+ ";M;;;;30;;202504;annat;;arbete\n");
		check(manager, again).andExpect(jsonPath("$.counts.unchanged").value(1))
			.andExpect(jsonPath("$.counts.update").value(1));

		undo(manager, id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UNDONE"));
		assertThat(group(project)).isEmpty();
	}

	@Test
	void staffMayNotImportAComparisonGroup() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);

		this.mvc
			.perform(
					multipart("/api/v1/imports")
						.file(new MockMultipartFile("file", "jamforelse.csv", "text/csv",
								(HEADER + TestNumbers.next() + ";K;;;;12;;2025-03;;;\n")
									.getBytes(StandardCharsets.UTF_8)))
						.param("kind", "comparison")
						.param("projectId", project.toString())
						.with(basic(coach)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
	}

	private List<String> group(UUID project) {
		return this.jdbc
			.sql("select gender, months_registered, municipality_code, reference_month, outcome_90_days,"
					+ " outcome_182_days, outcome_365_days from comparison_person where project_id = ?")
			.param(project)
			.query((rs, n) -> rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3) + " "
					+ rs.getObject(4, LocalDate.class) + " " + rs.getString(5) + " " + rs.getString(6) + " "
					+ rs.getString(7))
			.list();
	}

	private String upload(UUID who, UUID project, String file) throws Exception {
		return requests().upload(who, "comparison", project, file);
	}

	private ResultActions check(UUID who, String id) throws Exception {
		return requests().check(who, id);
	}

	private ResultActions commit(UUID who, String id) throws Exception {
		return requests().commit(who, id, true);
	}

	private ResultActions undo(UUID who, String id) throws Exception {
		return requests().undo(who, id);
	}

	private RequestPostProcessor basic(UUID who) {
		return requests().basic(who);
	}

	private ImportRequests requests() {
		return new ImportRequests(this.mvc, this.data, this.jdbc);
	}

}
