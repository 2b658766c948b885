package se.steget.casework;

import java.time.LocalDate;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.core.RejectedInputException;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.ExitForm;
import se.steget.enrollment.ExitReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ActionPlanIntegrationTests {

	@Autowired
	private ActionPlanManagement plans;

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	private UUID coach;

	private UUID enrollment;

	@BeforeEach
	void aCase() {
		this.coach = this.data.user(Role.STAFF);
		this.enrollment = this.data.enroll(this.data.participant(this.coach, Gender.WOMAN),
				this.data.project(this.coach), this.coach, LocalDate.of(2025, 4, 1));
	}

	@Test
	void keepsEveryRevisionOfThePlan() {
		var goals = new PlanGoalsForm();
		goals.setWorkLongTerm("Fast jobb inom vården");
		goals.setLifeShortTerm("Regelbundna sovtider");
		this.plans.setGoals(this.enrollment, goals, scope());
		this.plans.addStep(this.enrollment, new PlanStepForm(PlanArea.WORK, "Fyra veckors praktik",
				LocalDate.of(2025, 6, 1), StepOwner.PARTICIPANT), scope());
		UUID step = this.plans.plan(this.enrollment, scope()).steps().get(0).id();
		this.plans.changeStatus(this.enrollment, step, StepStatus.DONE, 2, scope());

		PlanView plan = this.plans.plan(this.enrollment, scope());
		assertThat(plan.revision()).isEqualTo(3);
		assertThat(plan.workLongTerm()).isEqualTo("Fast jobb inom vården");
		assertThat(plan.steps()).extracting(PlanStep::status).containsExactly(StepStatus.DONE);
		assertThat(this.plans.revisions(this.enrollment, scope())).extracting(PlanRevision::revision)
			.containsExactly(3, 2, 1);
		PlanView first = this.plans.revision(this.enrollment, 1, scope());
		assertThat(first.workLongTerm()).isEqualTo("Fast jobb inom vården");
		assertThat(first.steps()).isEmpty();
		assertThat(this.plans.revision(this.enrollment, 2, scope()).steps()).extracting(PlanStep::status)
			.containsExactly(StepStatus.PLANNED);
	}

	@Test
	void aStepIsCorrectedAndRemovedAsOfTheRevisionSeenAndTheRevisionsKeepIt() throws Exception {
		this.plans.addStep(this.enrollment,
				new PlanStepForm(PlanArea.WORK, "Fyra veckors praktk", LocalDate.of(2025, 6, 1), StepOwner.PARTICIPANT),
				scope());
		UUID step = this.plans.plan(this.enrollment, scope()).steps().get(0).id();

		this.mvc
			.perform(post("/enrollments/{id}/plan/steps/{s}/edit", this.enrollment, step)
				.with(user(this.data.login(this.coach)))
				.with(csrf())
				.param("area", "WORK")
				.param("description", "")
				.param("doneBy", "STAFF")
				.param("version", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"description-error\"")));
		this.mvc
			.perform(post("/enrollments/{id}/plan/steps/{s}/edit", this.enrollment, step)
				.with(user(this.data.login(this.coach)))
				.with(csrf())
				.param("area", "WORK")
				.param("description", "Fyra veckors praktik")
				.param("dueDate", "2025-06-15")
				.param("doneBy", "STAFF")
				.param("version", "1"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/enrollments/{id}/plan/steps/{s}/edit", this.enrollment, step)
				.with(user(this.data.login(this.coach)))
				.with(csrf())
				.param("area", "WORK")
				.param("description", "Gammal flik")
				.param("doneBy", "STAFF")
				.param("version", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"version-error\"")))
			.andExpect(content().string(containsString("Gammal flik")));
		assertThat(this.plans.plan(this.enrollment, scope()).steps()).singleElement().satisfies((s) -> {
			assertThat(s.description()).isEqualTo("Fyra veckors praktik");
			assertThat(s.dueDate()).isEqualTo(LocalDate.of(2025, 6, 15));
			assertThat(s.doneBy()).isEqualTo(StepOwner.STAFF);
			assertThat(s.status()).isEqualTo(StepStatus.PLANNED);
		});

		this.mvc
			.perform(delete("/api/v1/enrollments/{id}/plan/steps/{s}", this.enrollment, step)
				.with(httpBasic(this.data.username(this.coach), TestData.PASSWORD))
				.header("If-Match", "\"1\""))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(get("/api/v1/enrollments/{id}/plan", this.enrollment)
				.with(httpBasic(this.data.username(this.coach), TestData.PASSWORD)))
			.andExpect(header().string("ETag", "\"2\""));
		this.mvc
			.perform(delete("/api/v1/enrollments/{id}/plan/steps/{s}", this.enrollment, step)
				.with(httpBasic(this.data.username(this.coach), TestData.PASSWORD))
				.header("If-Match", "\"2\""))
			.andExpect(status().isNoContent());
		assertThat(this.plans.plan(this.enrollment, scope()).steps()).isEmpty();
		assertThat(this.plans.revision(this.enrollment, 2, scope()).steps()).extracting(PlanStep::description)
			.containsExactly("Fyra veckors praktik");
		assertThat(this.plans.revision(this.enrollment, 1, scope()).steps()).extracting(PlanStep::description)
			.containsExactly("Fyra veckors praktk");
	}

	@Test
	void aStaleSaveOfTheGoalsIsRefusedAndKeepsWhatTheUserTyped() throws Exception {
		var goals = new PlanGoalsForm();
		goals.setWorkLongTerm("Undersköterska");
		this.plans.setGoals(this.enrollment, goals, scope());
		this.mvc
			.perform(post("/enrollments/{id}/plan/goals", this.enrollment).with(user(this.data.login(this.coach)))
				.with(csrf())
				.param("workLongTerm", "Lagerarbete")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"version-error\"")))
			.andExpect(content().string(containsString("<td>Undersköterska</td>")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")))
			.andExpect(content().string(containsString("Lagerarbete")));
		this.mvc
			.perform(put("/api/v1/enrollments/{id}/plan/goals", this.enrollment)
				.with(httpBasic(this.data.username(this.coach), TestData.PASSWORD))
				.header("If-Match", "\"1\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"workLongTerm\": \"Lagerarbete\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(2));
		assertThat(this.plans.plan(this.enrollment, scope()).workLongTerm()).isEqualTo("Lagerarbete");
	}

	@Test
	void printsMyPlanInPlainLanguageWithTheGoalsAndSteps() throws Exception {
		var goals = new PlanGoalsForm();
		goals.setWorkLongTerm("Fast jobb inom vården");
		this.plans.setGoals(this.enrollment, goals, scope());
		this.plans.addStep(this.enrollment, new PlanStepForm(PlanArea.WORK, "Fyra veckors praktik",
				LocalDate.of(2025, 6, 1), StepOwner.PARTICIPANT), scope());

		byte[] pdf = this.mvc
			.perform(get("/enrollments/{id}/plan/pdf", this.enrollment).with(user(this.data.login(this.coach))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Min plan",
					"Det här vill jag på sikt: Fast jobb inom vården",
					"Det här vill jag nu: Vi har inte skrivit det än.", "Fyra veckors praktik",
					"Det gör jag. Klart senast: 2025-06-01. Inte börjat.");
		}
	}

	@Test
	void keepsThePlanAtTheExitAsTheDocumentedPlan() {
		this.plans.addStep(this.enrollment,
				new PlanStepForm(PlanArea.PRIVATE_LIFE, "Boka läkartid", null, StepOwner.PARTICIPANT), scope());
		var exit = new ExitForm();
		exit.setExitDate(LocalDate.of(2025, 9, 1));
		exit.setExitReason(ExitReason.EMPLOYMENT);
		this.enrollments.exit(this.enrollment, exit, scope());

		assertThatThrownBy(() -> this.plans.addStep(this.enrollment,
				new PlanStepForm(PlanArea.WORK, "Nytt steg", null, StepOwner.STAFF), scope()))
			.isInstanceOfSatisfying(RejectedInputException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.planClosed"));
		assertThat(this.plans.plan(this.enrollment, scope()).steps()).extracting(PlanStep::description)
			.containsExactly("Boka läkartid");
	}

	@Test
	void showsAStepWithoutADescriptionAsAnErrorAndSavesNothing() throws Exception {
		this.mvc
			.perform(post("/enrollments/" + this.enrollment + "/plan/steps").with(user(this.data.login(this.coach)))
				.with(csrf())
				.param("area", "WORK")
				.param("description", " ")
				.param("dueDate", "2025-06-01")
				.param("doneBy", "STAFF"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"description-error\""), containsString("value=\"2025-06-01\""))));
		assertThat(this.plans.plan(this.enrollment, scope()).revision()).isZero();
	}

	private AccessScope scope() {
		return this.data.scope(this.coach);
	}

}
