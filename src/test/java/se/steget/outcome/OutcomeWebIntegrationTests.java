package se.steget.outcome;

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
class OutcomeWebIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	private static final LocalDate EXIT = TODAY.minusDays(100);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private OutcomeManagement outcomes;

	@Autowired
	private EnrollmentManagement enrollments;

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
	void refusesAnOutcomeBeforeTheExitOrInTheFutureNextToTheDateAndSavesNothing() throws Exception {
		UUID enrollment = left(Gender.WOMAN, ExitReason.EMPLOYMENT);
		this.mvc
			.perform(post("/enrollments/{id}/outcomes", enrollment).with(user(this.data.login(this.coach)))
				.with(csrf())
				.param("observedOn", EXIT.minusDays(3).toString())
				.param("kind", "EMPLOYMENT")
				.param("source", "PHONE_CALL")
				.param("note", "Fast jobb som lagerarbetare"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"observedOn-error\""),
					containsString("Utfallet kan inte gälla före avslutet " + EXIT),
					containsString("Fast jobb som lagerarbetare"))));
		this.mvc
			.perform(post("/enrollments/{id}/outcomes", enrollment).with(user(this.data.login(this.coach)))
				.with(csrf())
				.param("observedOn", TODAY.plusDays(1).toString())
				.param("kind", "EMPLOYMENT")
				.param("source", "PHONE_CALL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Datumet kan inte ligga i framtiden.")));
		assertThat(this.outcomes.ofEnrollment(enrollment, scope())).isEmpty();
	}

	@Test
	void aDropoutNeedsAReasonUponLeaving() {
		UUID enrollment = left(Gender.MAN, ExitReason.DROPOUT);
		var form = new OutcomeForm(null, EXIT, OutcomeKind.SICK_OR_PARENTAL_LEAVE, OutcomeSource.PARTICIPANT);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.outcomes.record(enrollment, form, this.coach, scope()))
			.isInstanceOfSatisfying(se.steget.core.RejectedInputException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("dropoutReason"));
		form.setDropoutReason(DropoutReason.HEALTH);
		this.outcomes.record(enrollment, form, this.coach, scope());
		assertThat(this.outcomes.ofEnrollment(enrollment, scope())).extracting(OutcomeView::dropoutReason)
			.containsExactly(DropoutReason.HEALTH);
	}

	@Test
	void listsTheFollowUpsThatAreDueUntilTheyAreRecorded() throws Exception {
		UUID enrollment = left(Gender.WOMAN, ExitReason.EMPLOYMENT);
		assertThat(this.outcomes.due(this.project, this.coach, scope())).extracting(DueFollowUp::daysAfterExit)
			.containsExactly(28, 90);
		assertThat(this.outcomes.due(this.project, this.coach, scope()).get(0).overdue(TODAY)).isTrue();
		UUID fourWeeks = this.outcomes.due(this.project, this.coach, scope()).get(0).followUpPointId();

		this.outcomes.record(enrollment,
				new OutcomeForm(fourWeeks, EXIT.plusDays(30), OutcomeKind.EMPLOYMENT, OutcomeSource.REGISTER),
				this.coach, scope());

		assertThat(this.outcomes.due(this.project, this.coach, scope())).extracting(DueFollowUp::daysAfterExit)
			.containsExactly(90);
		assertThat(this.outcomes.due(this.project, this.data.user(Role.STAFF), scope())).isEmpty();
		this.mvc.perform(get("/api/v1/follow-ups").with(httpBasic(this.data.username(this.coach), TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].daysAfterExit").value(90));
		this.mvc.perform(get("/follow-ups").with(user(this.data.login(this.coach))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("90 dagar"), not(containsString("4 veckor")))));
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
