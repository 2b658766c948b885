package se.steget.system;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every table and export the steering group can open, on a cohort built to provoke a leak
 * (10 women, 3 non-binary, no men; 7 women and 2 non-binary left for work): no cell
 * hidden as small can be worked out by subtraction along its row (with the row's total)
 * or along a column that adds up to a total row, and the people counted in the statuses
 * of a project add up to those enrolled.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecondarySuppressionIntegrationTests {

	private static final LocalDate START = LocalDate.of(2026, 1, 12);

	private static final List<String> GENDER_COLUMNS = List.of("Kvinnor", "Män", "Annat/okänt",
			"Icke-binär eller ej angivet", "Totalt");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private OutcomeManagement outcomes;

	private UUID coach;

	private UUID steering;

	private UUID project;

	@BeforeEach
	void tenWomenAndThreeNonBinary() {
		this.coach = this.data.user(Role.STAFF);
		this.steering = this.data.user(Role.STEERING_GROUP);
		this.project = this.data.projectFrom("opis", this.coach, this.steering);
		for (int i = 0; i < 13; i++) {
			Gender gender = (i < 10) ? Gender.WOMAN : Gender.NON_BINARY;
			UUID enrollment = this.data.enroll(this.data.participant(this.coach, gender), this.project, this.coach,
					START);
			if (i < 7 || i == 10 || i == 11) {
				leave(enrollment);
			}
		}
	}

	@Test
	void noHiddenCellOfAnyPageFollowsFromTheCellsShown() throws Exception {
		List<String> pages = List.of("/", "/projects/" + this.project, "/reports/goals?projectId=" + this.project,
				"/reports/esf?projectId=" + this.project, "/reports/outcomes");
		List<String> leaks = new ArrayList<>();
		int hiddenSeen = 0;
		for (String path : pages) {
			var page = Jsoup.parse(body(path));
			for (Element table : page.select("table")) {
				hiddenSeen += table.select("td").stream().filter((td) -> hidden(td.text())).count();
				leaks.addAll(leaksOf(path + " #" + table.id(), rows(table), headings(table)));
			}
			leaks.addAll(statusLeaks(path, page));
		}
		assertThat(leaks).isEmpty();
		assertThat(hiddenSeen).as("the cohort has small cells that the pages hide").isGreaterThan(5);
	}

	@Test
	void noHiddenCellOfAnyWorkbookFollowsFromTheCellsShown() throws Exception {
		List<String> leaks = new ArrayList<>();
		for (String path : List.of("/reports/goals/xlsx?projectId=" + this.project,
				"/reports/esf/xlsx?projectId=" + this.project)) {
			byte[] file = this.mvc.perform(get(path).with(user(this.data.login(this.steering))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
				for (Sheet sheet : workbook) {
					List<String> headings = List.of();
					List<List<String>> rows = new ArrayList<>();
					for (Row row : sheet) {
						List<String> cells = new ArrayList<>();
						row.forEach((cell) -> cells.add(new DataFormatter().formatCellValue(cell)));
						if (cells.stream().filter(GENDER_COLUMNS::contains).count() >= 4) {
							leaks.addAll(leaksOf(path + " " + sheet.getSheetName(), rows, headings));
							headings = cells;
							rows = new ArrayList<>();
						}
						else {
							rows.add(cells);
						}
					}
					leaks.addAll(leaksOf(path + " " + sheet.getSheetName(), rows, headings));
				}
			}
		}
		assertThat(leaks).isEmpty();
	}

	@Test
	void theCheckFindsTheLeakItLooksFor() {
		assertThat(leaksOf("made up", List.of(List.of("Alla", "10", "0", "<5", "13")),
				List.of("", "Kvinnor", "Män", "Annat/okänt", "Totalt")))
			.hasSize(1);
	}

	/**
	 * The hidden cells that subtraction finds: the only hidden one of a row's women, men,
	 * others and total, or of a column whose last row is its total.
	 */
	private static List<String> leaksOf(String where, List<List<String>> rows, List<String> headings) {
		List<Integer> columns = new ArrayList<>();
		for (int i = 0; i < headings.size(); i++) {
			if (GENDER_COLUMNS.contains(headings.get(i))) {
				columns.add(i);
			}
		}
		List<String> leaks = new ArrayList<>();
		if (columns.size() != 4) {
			return leaks;
		}
		for (List<String> row : rows) {
			if (row.size() > columns.get(3) && columns.stream().filter((c) -> hidden(row.get(c))).count() == 1) {
				leaks.add(where + ": " + row);
			}
		}
		boolean totalRow = !rows.isEmpty() && rows.get(rows.size() - 1).get(0).equals("Totalt");
		for (int c : columns) {
			if (totalRow && rows.stream().filter((row) -> row.size() > c && hidden(row.get(c))).count() == 1) {
				leaks.add(where + ": column " + headings.get(c));
			}
		}
		return leaks;
	}

	/**
	 * The start page's figures: enrolled, then in intake, active and exited, by gender.
	 */
	private static List<String> statusLeaks(String where, org.jsoup.nodes.Document page) {
		List<String> leaks = new ArrayList<>();
		for (Element row : page.select("table:has(th[colspan=3]) tbody tr")) {
			List<String> cells = row.select("td").eachText();
			if (cells.size() == 12) {
				for (int gender = 0; gender < 3; gender++) {
					int g = gender;
					long hidden = List.of(0, 1, 2, 3)
						.stream()
						.filter((status) -> hidden(cells.get(status * 3 + g)))
						.count();
					if (hidden == 1) {
						leaks.add(where + " statuses: " + cells);
					}
				}
			}
		}
		return leaks;
	}

	private static List<List<String>> rows(Element table) {
		List<List<String>> rows = new ArrayList<>();
		for (Element tr : table.select("tbody tr")) {
			rows.add(tr.children().eachText());
		}
		return rows;
	}

	private static List<String> headings(Element table) {
		Element last = table.select("thead tr").last();
		return (last == null) ? List.of() : last.children().eachText();
	}

	private static boolean hidden(String cell) {
		return cell.startsWith("<") || cell.equals("..");
	}

	private String body(String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.data.login(this.steering))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void leave(UUID enrollment) {
		var exit = new ExitForm();
		exit.setExitDate(START.plusDays(90));
		exit.setExitReason(ExitReason.COMPLETED);
		this.enrollments.exit(enrollment, exit, this.data.scope(this.coach));
		this.outcomes.record(enrollment,
				new OutcomeForm(null, START.plusDays(95), OutcomeKind.EMPLOYMENT, OutcomeSource.PARTICIPANT),
				this.coach, this.data.scope(this.coach));
	}

}
