package se.steget.reporting;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.access.AccessScope;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class GoalReportWebIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	private static final LocalDate EXIT = TODAY.minusDays(100);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private OutcomeManagement outcomes;

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private GoalManagement goals;

	@Autowired
	private TestData data;

	private UUID coach;

	private UUID project;

	@BeforeEach
	void aProject() {
		this.coach = this.data.user(Role.STAFF);
		this.project = this.data.projectFrom("jobbfokus", this.coach);
	}

	@Test
	void asksToChooseAProjectWhenTheUserSeesTooManyToReportAtOnce() throws Exception {
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		this.data.addMembers(this.project, manager);
		for (int i = 0; i < GoalReport.MOST_PROJECTS_AT_ONCE; i++) {
			this.data.project(manager);
		}

		this.mvc.perform(get("/reports/goals").with(user(this.data.login(manager))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"choose-project\""),
					containsString("Du ser " + (GoalReport.MOST_PROJECTS_AT_ONCE + 1) + " projekt"),
					containsString("href=\"/reports/outcomes\""), not(containsString("id=\"goals-0\"")))));
		this.mvc
			.perform(get("/reports/goals").param("projectId", this.project.toString())
				.with(user(this.data.login(manager))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"goals-0\""), not(containsString("id=\"choose-project\"")))));
	}

	@Test
	void theReportAndItsExportsShowTheSameFiguresAndTheSteeringGroupSeesNoSmallCells() throws Exception {
		for (int i = 0; i < 6; i++) {
			record(left(Gender.WOMAN, ExitReason.EMPLOYMENT), OutcomeKind.EMPLOYMENT);
		}
		for (int i = 0; i < 3; i++) {
			record(left(Gender.MAN, ExitReason.OTHER), OutcomeKind.JOB_SEARCHING);
		}
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		UUID steering = this.data.user(Role.STEERING_GROUP);
		this.data.addMembers(this.project, manager, steering);

		this.mvc
			.perform(get("/reports/goals").param("projectId", this.project.toString())
				.with(user(this.data.login(manager))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Till arbete"), containsString("67 %"), containsString("100 %"))));
		byte[] xlsx = this.mvc
			.perform(get("/reports/goals/xlsx").param("projectId", this.project.toString())
				.with(user(this.data.login(manager))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var row = workbook.getSheet("Mål").getRow(1);
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Till arbete");
			assertThat(row.getCell(4).getStringCellValue()).isEqualTo("100 %");
			assertThat(row.getCell(5).getStringCellValue()).isEqualTo("0 %");
			assertThat(row.getCell(7).getStringCellValue()).isEqualTo("67 %");
			var reasons = workbook.getSheet("Avslutsorsaker");
			var employment = reasons.getRow(1 + ExitReason.EMPLOYMENT.ordinal());
			assertThat(employment.getCell(1).getStringCellValue()).isEqualTo("Arbete");
			assertThat(employment.getCell(2).toString()).startsWith("6");
			assertThat(reasons.getRow(1 + ExitReason.OTHER.ordinal()).getCell(6).getStringCellValue())
				.isEqualTo("33 %");
		}
		byte[] pdf = this.mvc
			.perform(get("/reports/goals/pdf").param("projectId", this.project.toString())
				.with(user(this.data.login(manager))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Till arbete 100 % 0 % – 67 % 50 %");
		}

		this.mvc
			.perform(get("/api/v1/reports/goals").param("projectId", this.project.toString())
				.with(httpBasic(this.data.username(manager), TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.projects[0].goals[0].goal.name").value("Till arbete"))
			.andExpect(jsonPath("$.projects[0].goals[0].byGender.women.reached").value(6))
			.andExpect(jsonPath("$.projects[0].exits.reasons.EMPLOYMENT.women").value(6))
			.andExpect(jsonPath("$.projects[0].exits.reasons.OTHER.men").value(3));
		this.mvc
			.perform(get("/api/v1/reports/goals").param("projectId", this.project.toString())
				.with(httpBasic(this.data.username(steering), TestData.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/reports/goals").param("projectId", this.project.toString())
				.with(user(this.data.login(steering))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&lt;5"), not(containsString("67 %")),
					containsString("id=\"exit-reasons-0\""))));
	}

	@Test
	void aManagerSetsAGoalAndAnOutcomeGoalWithoutOutcomesIsRefused() throws Exception {
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		this.data.addMembers(this.project, manager);
		this.mvc
			.perform(post("/projects/{id}/goals", this.project).with(user(this.data.login(manager)))
				.with(csrf())
				.param("name", "Eget foretag")
				.param("population", "STARTERS")
				.param("measure", "OUTCOME")
				.param("targetPercent", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"outcomeKinds-error\""),
					containsString("Välj minst ett utfall som räknas."), containsString("value=\"Eget foretag\""))));
		this.mvc
			.perform(post("/projects/{id}/goals", this.project).with(user(this.data.login(manager)))
				.with(csrf())
				.param("name", "Eget foretag")
				.param("population", "STARTERS")
				.param("measure", "OUTCOME")
				.param("outcomeKinds", "SELF_EMPLOYMENT", "SOCIAL_ENTERPRISE")
				.param("targetPercent", "5"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.goals.goals(this.project)).extracting(Goal::name)
			.containsExactly("Till arbete", "Närmare arbetsmarknaden", "Eget foretag");
		assertThat(this.goals.goals(this.project).get(2).outcomeKinds())
			.containsExactlyInAnyOrder(OutcomeKind.SELF_EMPLOYMENT, OutcomeKind.SOCIAL_ENTERPRISE);
		this.mvc
			.perform(post("/projects/{id}/goals", this.project).with(user(this.data.login(this.coach)))
				.with(csrf())
				.param("name", "Coachens mål")
				.param("population", "STARTERS")
				.param("measure", "COMPLETED")
				.param("targetPercent", "50"))
			.andExpect(status().isNotFound());
		assertThat(this.goals.goals(this.project)).hasSize(3);
	}

	private UUID left(Gender gender, ExitReason reason) {
		UUID enrollment = this.data.enroll(this.data.participant(this.coach, gender), this.project, this.coach,
				EXIT.minusDays(60));
		var exit = new ExitForm();
		exit.setExitDate(EXIT);
		exit.setExitReason(reason);
		this.enrollments.exit(enrollment, exit, scope());
		return enrollment;
	}

	private void record(UUID enrollment, OutcomeKind kind) {
		this.outcomes.record(enrollment, new OutcomeForm(null, EXIT.plusDays(3), kind, OutcomeSource.PARTICIPANT),
				this.coach, scope());
	}

	private AccessScope scope() {
		return this.data.scope(this.coach);
	}

}
