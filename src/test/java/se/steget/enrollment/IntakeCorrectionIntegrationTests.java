package se.steget.enrollment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

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
import se.steget.core.CorrectionLog.Correction;
import se.steget.core.Gender;
import se.steget.core.RejectedInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An intake step recorded wrongly in Jobbfokus is corrected or, while the person is still
 * in intake, removed; how a step went stays, and a step that ended the enrollment keeps
 * the exit's date and reason.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IntakeCorrectionIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private PathManagement paths;

	@Autowired
	private TestData data;

	private UUID coach;

	private UUID id;

	private LocalDate start;

	@BeforeEach
	void jobbfokusInIntake() {
		this.coach = this.data.user(Role.STAFF);
		UUID project = this.data.projectFrom("jobbfokus", this.coach);
		var form = new EnrollmentForm();
		form.setParticipantId(this.data.participant(this.coach, Gender.WOMAN));
		form.setProjectId(project);
		this.start = TODAY.minusDays(30);
		form.setStartDate(this.start);
		form.setResponsibleUserId(this.coach);
		this.id = this.enrollments.enroll(form, scope());
		this.paths.recordIntake(this.id, passed(this.start.plusDays(1)), scope());
		this.paths.recordIntake(this.id, passed(this.start.plusDays(5)), scope());
	}

	@Test
	void aStepIsCorrectedOnThePageAsOfTheVersionSeenAndKeptInTheHistory() throws Exception {
		List<IntakeProgress> taken = taken();
		UUID first = taken.get(0).recordId();
		int version = this.enrollments.get(this.id, scope()).version();
		this.mvc
			.perform(post("/enrollments/{id}/intake/{r}/edit", this.id, first).with(user(this.data.login(this.coach)))
				.with(csrf())
				.param("recordedOn", this.start.plusDays(6).toString())
				.param("outcome", "PASSED")
				.param("note", "Fel dag")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"recordedOn-error\"")))
			.andExpect(content().string(containsString("Fel dag")));
		this.mvc
			.perform(post("/enrollments/{id}/intake/{r}/edit", this.id, first).with(user(this.data.login(this.coach)))
				.with(csrf())
				.param("recordedOn", this.start.plusDays(2).toString())
				.param("staffUserId", this.coach.toString())
				.param("outcome", "PASSED")
				.param("note", "Fel dag")
				.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/enrollments/{id}/intake/{r}/edit", this.id, first).with(user(this.data.login(this.coach)))
				.with(csrf())
				.param("recordedOn", this.start.plusDays(3).toString())
				.param("outcome", "PASSED")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"version-error\"")));

		assertThat(taken().get(0).recordedOn()).isEqualTo(this.start.plusDays(2));
		assertThat(taken().get(0).note()).isEqualTo("Fel dag");
		assertThat(this.paths.intakeCorrections(this.id, scope())).singleElement().satisfies((c) -> {
			assertThat(c.kind()).isEqualTo(Correction.Kind.EDITED);
			assertThat(c.changes()).extracting((d) -> d.labelKey()).containsExactly("intake.recordedOn", "intake.note");
		});
		this.mvc.perform(get("/enrollments/{id}/intake", this.id).with(user(this.data.login(this.coach))))
			.andExpect(content().string(containsString("id=\"intake-taken\"")))
			.andExpect(content().string(containsString("Ändrade ett intagssteg")));
	}

	@Test
	void theLatestStepIsRemovedThroughTheApiAndTheOutcomeCannotBeChanged() throws Exception {
		UUID latest = taken().get(1).recordId();
		int version = this.enrollments.get(this.id, scope()).version();
		this.mvc
			.perform(put("/api/v1/enrollments/{id}/intake/{r}", this.id, latest)
				.with(httpBasic(this.data.username(this.coach), TestData.PASSWORD))
				.header("If-Match", "\"" + version + "\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"recordedOn\": \"" + this.start.plusDays(5) + "\", \"outcome\": \"DECLINED\","
						+ " \"reason\": \"Fel\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("outcome"));
		this.mvc
			.perform(delete("/api/v1/enrollments/{id}/intake/{r}", this.id, taken().get(0).recordId())
				.with(httpBasic(this.data.username(this.coach), TestData.PASSWORD))
				.header("If-Match", "\"" + version + "\""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("recordedOn"));
		this.mvc
			.perform(delete("/api/v1/enrollments/{id}/intake/{r}", this.id, latest)
				.with(httpBasic(this.data.username(this.coach), TestData.PASSWORD))
				.header("If-Match", "\"" + (version - 1) + "\""))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(delete("/api/v1/enrollments/{id}/intake/{r}", this.id, latest)
				.with(httpBasic(this.data.username(this.coach), TestData.PASSWORD))
				.header("If-Match", "\"" + version + "\""))
			.andExpect(status().isNoContent());

		assertThat(taken()).hasSize(1);
		assertThat(this.paths.intakeCorrections(this.id, scope())).extracting(Correction::kind)
			.containsExactly(Correction.Kind.REMOVED);
		this.paths.recordIntake(this.id, passed(this.start.plusDays(7)), scope());
		assertThat(taken()).extracting(IntakeProgress::recordedOn)
			.containsExactly(this.start.plusDays(1), this.start.plusDays(7));
	}

	@Test
	void aStepThatEndedTheEnrollmentKeepsTheExitsDayAndReason() throws Exception {
		this.paths.recordIntake(this.id,
				new IntakeRecordForm(this.start.plusDays(8), this.coach, IntakeOutcome.WITHDREW, "Flyttar"), scope());
		IntakeProgress stopped = taken().get(2);
		var form = new IntakeRecordForm(this.start.plusDays(9), this.coach, IntakeOutcome.WITHDREW, "Flyttar");
		assertThatThrownBy(() -> this.paths.correctIntake(this.id, stopped.recordId(), form, scope()))
			.isInstanceOfSatisfying(RejectedInputException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.intakeStopIsExit"));
		var noted = new IntakeRecordForm(this.start.plusDays(8), this.coach, IntakeOutcome.WITHDREW, "Flyttar");
		noted.setNote("Ringde själv");
		this.paths.correctIntake(this.id, stopped.recordId(), noted, scope());
		assertThat(taken().get(2).note()).isEqualTo("Ringde själv");
		assertThatThrownBy(() -> this.paths.removeIntake(this.id, stopped.recordId(), null, scope()))
			.isInstanceOfSatisfying(RejectedInputException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.intakeNotLatest"));
		assertThat(this.enrollments.get(this.id, scope()).exitDate()).isEqualTo(this.start.plusDays(8));
	}

	private List<IntakeProgress> taken() {
		return this.paths.intakeProgress(this.id, scope()).stream().filter(IntakeProgress::taken).toList();
	}

	private IntakeRecordForm passed(LocalDate on) {
		return new IntakeRecordForm(on, this.coach, IntakeOutcome.PASSED, null);
	}

	private AccessScope scope() {
		return this.data.scope(this.coach);
	}

}
