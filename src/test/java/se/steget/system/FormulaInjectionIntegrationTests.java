package se.steget.system;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.enrollment.PathManagement;
import se.steget.enrollment.TrackChangeForm;
import se.steget.project.ProjectForm;
import se.steget.project.ProjectManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A project and a track whose names a spreadsheet would run as formulas: every CSV and
 * workbook that shows them holds them as text with a neutralising apostrophe.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormulaInjectionIntegrationTests {

	private static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"x\")";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private ProjectManagement projects;

	@Autowired
	private PathManagement paths;

	@Test
	void everyExportHoldsAFormulaLookingNameAsNeutralisedText() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		UUID evaluator = this.data.user(Role.EVALUATOR);
		UUID project = this.data.projectFrom("opis", coach, manager, evaluator);
		rename(project, "@" + FORMULA);
		UUID track = this.data.track(project, "+" + FORMULA, null, null, true);
		UUID participant = this.data.participant(coach, Gender.WOMAN);
		UUID enrollment = this.data.enroll(participant, project, coach, LocalDate.of(2026, 2, 2));
		this.paths.changeTrack(enrollment, new TrackChangeForm(track, LocalDate.of(2026, 2, 2), null), coach,
				this.data.scope(coach));

		String extract = this.mvc
			.perform(get("/evaluation/{id}/extract.csv", project).with(user(this.data.login(evaluator))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var rows = CSVFormat.Builder.create(CSVFormat.EXCEL)
			.setDelimiter(';')
			.setHeader()
			.get()
			.parse(new StringReader(extract.substring(1)))
			.getRecords();
		assertThat(rows).isNotEmpty().allSatisfy((row) -> assertThat(row.get("track")).isEqualTo("'+" + FORMULA));

		List<String> texts = new ArrayList<>();
		for (String path : List.of("/reports/goals/xlsx?projectId=" + project,
				"/reports/esf/xlsx?projectId=" + project)) {
			texts.addAll(textCells(this.mvc.perform(get(path).with(user(this.data.login(manager))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray()));
		}
		assertThat(texts).contains("'@" + FORMULA)
			.noneMatch((text) -> text.startsWith("=") || text.startsWith("@") || text.startsWith("+"));
	}

	private void rename(UUID project, String name) {
		var scope = this.data.admin();
		ProjectForm form = this.projects.editForm(project, scope);
		form.setName(name);
		this.projects.update(project, form, scope);
	}

	private static List<String> textCells(byte[] file) throws Exception {
		List<String> texts = new ArrayList<>();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
						if (cell.getCellType() == CellType.STRING) {
							texts.add(cell.getStringCellValue());
						}
					}
				}
			}
		}
		return texts;
	}

}
