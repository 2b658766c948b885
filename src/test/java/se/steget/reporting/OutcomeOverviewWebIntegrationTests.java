package se.steget.reporting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.ExitForm;
import se.steget.enrollment.ExitReason;
import se.steget.outcome.OutcomeForm;
import se.steget.outcome.OutcomeKind;
import se.steget.outcome.OutcomeManagement;
import se.steget.outcome.OutcomeSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The outcomes across projects: a manager's projects together, by obstacle and gender,
 * narrowed to a home municipality; small counts hidden for the steering group; the same
 * figures in the CSV and the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OutcomeOverviewWebIntegrationTests {

	private static final LocalDate START = LocalDate.of(2025, 2, 3);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private OutcomeManagement outcomes;

	@Autowired
	private TestData data;

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	private se.steget.participant.ParticipantManagement participants;

	@Autowired
	private JsonMapper json;

	private UUID coach;

	private UUID manager;

	private UUID steering;

	@BeforeEach
	void twoProjectsWithLeavers() {
		this.coach = this.data.user(Role.STAFF);
		this.manager = this.data.user(Role.PROJECT_MANAGER);
		this.steering = this.data.user(Role.STEERING_GROUP);
		UUID first = this.data.project(this.coach, this.manager, this.steering);
		UUID second = this.data.project(this.coach, this.manager);
		UUID anna = enroll("0880", Gender.WOMAN, first);
		enroll("0880", Gender.WOMAN, second);
		UUID bo = enroll("0881", Gender.MAN, second);
		leave(anna, OutcomeKind.EMPLOYMENT);
		leave(bo, OutcomeKind.REGULAR_STUDIES);
	}

	@Test
	void showsEveryProjectOfTheManagerByObstacleAndGender() throws Exception {
		String page = page("");

		assertThat(total(page, "table-starters")).containsExactly("2", "1", "0", "3");
		assertThat(total(page, "table-leavers")).containsExactly("1", "1", "0", "2");
		assertThat(total(page, "table-toWork")).containsExactly("1", "0", "0", "1");
		assertThat(total(page, "table-toStudies")).containsExactly("0", "1", "0", "1");
	}

	@Test
	void narrowsToOneHomeMunicipality() throws Exception {
		String page = page("0880");

		assertThat(total(page, "table-starters")).containsExactly("2", "0", "0", "2");
		assertThat(total(page, "table-toStudies")).containsExactly("0", "0", "0", "0");
	}

	@Test
	void refusesAnUnknownMunicipalityNextToTheField() throws Exception {
		this.mvc
			.perform(get("/reports/outcomes").param("municipality", "9999").with(user(this.data.login(this.manager))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"municipality-error\""), containsString("Okänd kommunkod."),
						containsString("aria-invalid=\"true\""), not(containsString("table-starters")))));
	}

	@Test
	void hidesSmallCountsFromTheSteeringGroupOnThePageAndInTheFile() throws Exception {
		String page = this.mvc.perform(get("/reports/outcomes").with(user(this.data.login(this.steering))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(total(page, "table-starters")).containsExactly("&lt;5", "0", "0", "&lt;5");

		List<String[]> rows = csvRows(this.steering);
		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row[0]).isEqualTo("WOMAN");
			assertThat(row[2]).isEqualTo("0880");
			assertThat(List.of(row).subList(3, 7)).containsExactly("<5", "<5", "<5", "0");
		});
	}

	@Test
	void theFileAndTheApiHoldEveryCellExactlyForTheManager() throws Exception {
		assertThat(csv(this.manager))
			.startsWith("\uFEFFgender;obstacle;municipality;starters;leavers;to_work;to_studies\r\n");
		assertThat(sums(csvRows(this.manager))).containsExactly("MAN 0881 1 1 0 1", "WOMAN 0880 2 1 1 0");

		String json = this.mvc.perform(get("/api/v1/reports/outcomes").with(user(this.data.login(this.manager))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String[]> cells = new ArrayList<>();
		for (JsonNode cell : this.json.readTree(json)) {
			cells.add(new String[] { cell.get("gender").asString(), cell.get("obstacle").asString(),
					cell.get("municipalityCode").asString(), cell.get("starters").asString(),
					cell.get("leavers").asString(), cell.get("toWork").asString(), cell.get("toStudies").asString() });
		}
		assertThat(sums(cells)).containsExactly("MAN 0881 1 1 0 1", "WOMAN 0880 2 1 1 0");
		this.mvc.perform(get("/api/v1/reports/outcomes").with(user(this.data.login(this.steering))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aProtectedIdentityIsCountedButNeverByItsMunicipality() throws Exception {
		var hidden = this.data.participantForm(Gender.WOMAN);
		hidden.setProtectedIdentity(true);
		UUID first = this.jdbc
			.sql("select project_id from enrollment where participant_id in"
					+ " (select id from participant where registered_by = ?) order by start_date limit 1")
			.param(this.coach)
			.query(UUID.class)
			.single();
		this.data.enroll(this.participants.register(hidden, this.data.scope(this.coach)), first, this.coach, START);

		assertThat(total(page(""), "table-starters")).containsExactly("3", "1", "0", "4");
		assertThat(total(page("0880"), "table-starters")).containsExactly("2", "0", "0", "2");
		assertThat(sums(csvRows(this.manager))).containsExactly("MAN 0881 1 1 0 1", "WOMAN  1 0 0 0",
				"WOMAN 0880 2 1 1 0");
	}

	@Test
	void staffWhoDoNotReadEveryCaseCountedGetSmallCountsHidden() throws Exception {
		assertThat(csvRows(this.coach)).allSatisfy(
				(row) -> assertThat(List.of(row).subList(3, 7)).allSatisfy((cell) -> assertThat(cell).matches("0|<5")));
	}

	private String page(String municipality) throws Exception {
		return this.mvc
			.perform(get("/reports/outcomes").param("municipality", municipality)
				.with(user(this.data.login(this.manager))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String csv(UUID userId) throws Exception {
		return new String(this.mvc.perform(get("/reports/outcomes/csv").with(user(this.data.login(userId))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private List<String[]> csvRows(UUID userId) throws Exception {
		List<String[]> rows = new ArrayList<>();
		for (String line : csv(userId).split("\r\n")) {
			if (!line.startsWith("\uFEFF")) {
				rows.add(line.split(";"));
			}
		}
		return rows;
	}

	/**
	 * Cells summed over obstacle, by gender and municipality: the obstacle of a test
	 * person depends on the age in their test number.
	 */
	private static List<String> sums(List<String[]> cells) {
		Map<String, long[]> sums = new TreeMap<>();
		for (String[] cell : cells) {
			long[] sum = sums.computeIfAbsent(cell[0] + " " + cell[2], (key) -> new long[4]);
			for (int i = 0; i < 4; i++) {
				sum[i] += Long.parseLong(cell[3 + i]);
			}
		}
		return sums.entrySet()
			.stream()
			.map((e) -> e.getKey() + " " + e.getValue()[0] + " " + e.getValue()[1] + " " + e.getValue()[2] + " "
					+ e.getValue()[3])
			.toList();
	}

	/** The total row of a table: women, men, others, total. */
	private static List<String> total(String page, String tableId) {
		Matcher table = Pattern.compile("<table id=\"" + tableId + "\">(.*?)</table>", Pattern.DOTALL).matcher(page);
		assertThat(table.find()).as(tableId).isTrue();
		Matcher row = Pattern.compile("<th scope=\"row\">Totalt</th>(.*?)</tr>", Pattern.DOTALL)
			.matcher(table.group(1));
		assertThat(row.find()).as("total row of " + tableId).isTrue();
		List<String> cells = new ArrayList<>();
		Matcher cell = Pattern.compile("<td class=\"number\">([^<]*)</td>").matcher(row.group(1));
		while (cell.find()) {
			cells.add(cell.group(1));
		}
		return cells;
	}

	private UUID enroll(String municipality, Gender gender, UUID project) {
		return this.data.enroll(this.data.participantIn(municipality, this.coach, gender), project, this.coach, START);
	}

	private void leave(UUID enrollment, OutcomeKind kind) {
		var exit = new ExitForm();
		exit.setExitDate(START.plusDays(90));
		exit.setExitReason(ExitReason.COMPLETED);
		this.enrollments.exit(enrollment, exit, this.data.scope(this.coach));
		this.outcomes.record(enrollment, new OutcomeForm(null, START.plusDays(95), kind, OutcomeSource.PARTICIPANT),
				this.coach, this.data.scope(this.coach));
	}

}
