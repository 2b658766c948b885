package se.steget.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.core.RejectedInputException;

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
class StaffTimeIntegrationTests {

	private static final LocalDate DAY = LocalDate.of(2025, 3, 12);

	@Autowired
	private StaffTimeManagement times;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Test
	void refusesMoreThanThirteenHoursInADay() {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		AccessScope scope = this.data.scope(coach);
		this.times.report(hours(project, DAY, "8", StaffActivity.PARTICIPANT_WORK), scope);
		this.times.report(hours(project, DAY, "5", StaffActivity.ADMINISTRATION), scope);

		assertThatThrownBy(() -> this.times.report(hours(project, DAY, "0.25", StaffActivity.OTHER), scope))
			.isInstanceOfSatisfying(RejectedInputException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("error.moreThanThirteenHours");
				assertThat(ex.args()).containsExactly(new BigDecimal("13.00"));
			});
		assertThat(this.times.month(YearMonth.of(2025, 3), scope)).extracting(StaffTimeView::minutes)
			.containsExactlyInAnyOrder(480, 300);
	}

	@Test
	void warnsAboutMoreThanSeventeenHundredAndTwentyHoursInAYear() {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		AccessScope scope = this.data.scope(coach);
		LocalDate day = LocalDate.of(2025, 1, 1);
		for (int i = 0; i < 143; i++) {
			this.times.report(hours(project, day.plusDays(i), "12", StaffActivity.PARTICIPANT_WORK), scope);
		}
		assertThat(this.times.hoursInYear(2025, scope)).isEqualByComparingTo("1716");
		assertThat(this.times.overYearlyHours(2025, scope)).isFalse();
		this.times.report(hours(project, day.plusDays(200), "4.5", StaffActivity.OTHER), scope);
		assertThat(this.times.overYearlyHours(2025, scope)).isTrue();
		assertThat(this.times.overYearlyHours(2026, scope)).isFalse();
	}

	@Test
	void refusesAProjectTheUserDoesNotBelongToAndADayInTheFuture() {
		UUID coach = this.data.user(Role.STAFF);
		UUID mine = this.data.project(coach);
		UUID other = this.data.project();
		AccessScope scope = this.data.scope(coach);
		assertThatThrownBy(() -> this.times.report(hours(other, DAY, "2", StaffActivity.OTHER), scope))
			.isInstanceOfSatisfying(RejectedInputException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("projectId"));
		assertThatThrownBy(
				() -> this.times.report(hours(mine, LocalDate.now().plusDays(1), "2", StaffActivity.OTHER), scope))
			.isInstanceOfSatisfying(RejectedInputException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.dateInFuture"));
	}

	@Test
	void showsFourteenHoursAsAnErrorNextToTheHoursAndKeepsTheInput() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		this.mvc
			.perform(post("/time").with(user(this.data.login(coach)))
				.with(csrf())
				.param("projectId", project.toString())
				.param("workDate", DAY.toString())
				.param("hours", "14")
				.param("activity", "PARTICIPANT_WORK")
				.param("note", "Lang dag"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"hours-error\""), containsString("Lang dag"),
					containsString("Mer än 13 timmar på en dag"))));
		assertThat(this.times.month(YearMonth.from(DAY), this.data.scope(coach))).isEmpty();
		this.mvc.perform(get("/time").param("month", "2025-03").with(user(this.data.login(coach))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ingen tid rapporterad denna månad.")));
	}

	private static StaffTimeForm hours(UUID project, LocalDate day, String hours, StaffActivity activity) {
		return new StaffTimeForm(project, day, new BigDecimal(hours), activity);
	}

}
