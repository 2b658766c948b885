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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
		this.plans.changeStatus(this.enrollment, step, StepStatus.DONE, scope());

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
