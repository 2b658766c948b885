package se.steget.enrollment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.core.StaleEditException;
import se.steget.reporting.ScbMonth;
import se.steget.reporting.ScbReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A mistaken exit is corrected or undone with a reason, kept in the enrollment's history
 * with what it was before; a month of the SCB report already produced shows as changed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExitCorrectionIntegrationTests {

	private static final LocalDate START = LocalDate.of(2026, 3, 2);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private ScbReport scb;

	@Test
	void anExitIsCorrectedWithItsReasonAndTheProducedMonthAsksToBeProducedAgain() throws Exception {
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		UUID project = this.data.project(manager);
		UUID enrollment = this.data.enroll(this.data.participant(manager, Gender.WOMAN), project, manager, START);
		exit(enrollment, manager, LocalDate.of(2026, 6, 10));
		this.scb.produce(project, YearMonth.of(2026, 6), manager, this.data.scope(manager));

		this.mvc
			.perform(post("/enrollments/{id}/exit/correct", enrollment).with(user(this.data.login(manager)))
				.with(csrf())
				.param("exitDate", "2026-07-03")
				.param("exitReason", "EMPLOYMENT")
				.param("correctionReason", "")
				.param("version", version(enrollment, manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"correctionReason-error\"")))
			.andExpect(content().string(containsString("value=\"2026-07-03\"")));
		assertThat(this.enrollments.get(enrollment, this.data.scope(manager)).exitDate())
			.isEqualTo(LocalDate.of(2026, 6, 10));

		this.mvc
			.perform(post("/enrollments/{id}/exit/correct", enrollment).with(user(this.data.login(manager)))
				.with(csrf())
				.param("exitDate", "2026-07-03")
				.param("exitReason", "EMPLOYMENT")
				.param("correctionReason", "Fel månad i första registreringen")
				.param("version", version(enrollment, manager)))
			.andExpect(status().is3xxRedirection());

		EnrollmentView corrected = this.enrollments.get(enrollment, this.data.scope(manager));
		assertThat(corrected.exitDate()).isEqualTo(LocalDate.of(2026, 7, 3));
		assertThat(corrected.exitReason()).isEqualTo(ExitReason.EMPLOYMENT);
		assertThat(this.enrollments.exitCorrections(enrollment, this.data.scope(manager))).singleElement()
			.satisfies((c) -> {
				assertThat(c.exitDateBefore()).isEqualTo(LocalDate.of(2026, 6, 10));
				assertThat(c.exitReasonBefore()).isEqualTo(ExitReason.COMPLETED);
				assertThat(c.reason()).isEqualTo("Fel månad i första registreringen");
			});
		assertThat(this.scb.month(project, YearMonth.of(2026, 6), this.data.scope(manager)).months())
			.filteredOn((m) -> m.month().equals(YearMonth.of(2026, 6)))
			.extracting(ScbMonth::status)
			.containsExactly(ScbMonth.Status.CHANGED);
		this.mvc.perform(get("/enrollments/{id}/exit", enrollment).with(user(this.data.login(manager))))
			.andExpect(content().string(containsString("Fel månad i första registreringen")));
	}

	@Test
	void anExitIsUndoneAndAStaleUndoIsRefused() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		UUID enrollment = this.data.enroll(this.data.participant(coach, Gender.MAN), project, coach, START);
		exit(enrollment, coach, LocalDate.of(2026, 5, 4));
		Integer stale = this.enrollments.get(enrollment, this.data.scope(coach)).version() - 1;
		assertThatThrownBy(() -> this.enrollments.undoExit(enrollment, "Fel person", stale, this.data.scope(coach)))
			.isInstanceOf(StaleEditException.class);

		this.mvc
			.perform(delete("/api/v1/enrollments/{id}/exit", enrollment).param("reason", "Fel person")
				.with(httpBasic(this.data.username(coach), TestData.PASSWORD)))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(delete("/api/v1/enrollments/{id}/exit", enrollment)
				.with(httpBasic(this.data.username(coach), TestData.PASSWORD))
				.header("If-Match", "\"" + version(enrollment, coach) + "\""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc
			.perform(delete("/api/v1/enrollments/{id}/exit", enrollment).param("reason", "Fel person")
				.with(httpBasic(this.data.username(coach), TestData.PASSWORD))
				.header("If-Match", "\"" + version(enrollment, coach) + "\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.exitDate").doesNotExist());
		assertThat(this.enrollments.exitCorrections(enrollment, this.data.scope(coach))).singleElement()
			.satisfies((c) -> assertThat(c.exitDateAfter()).isNull());
	}

	private String version(UUID enrollment, UUID user) {
		return String.valueOf(this.enrollments.get(enrollment, this.data.scope(user)).version());
	}

	private void exit(UUID enrollment, UUID user, LocalDate on) {
		var form = new ExitForm();
		form.setExitDate(on);
		form.setExitReason(ExitReason.COMPLETED);
		this.enrollments.exit(enrollment, form, this.data.scope(user));
	}

}
