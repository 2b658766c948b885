package se.steget.activity;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An activity planned wrongly is corrected or removed, a session corrected, and hours
 * recorded wrongly changed or removed; each change is kept in the history, and the rules
 * (sessions and hours within the dates, members within the capacity) still hold.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ActivityCorrectionIntegrationTests {

	private static final LocalDate MONDAY = YearMonth.from(LocalDate.now(ZoneId.of("Europe/Stockholm")))
		.minusMonths(2)
		.atDay(1)
		.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ActivityManagement activities;

	@Autowired
	private AttendanceManagement attendance;

	@Autowired
	private TestData data;

	private UUID coach;

	private UUID project;

	private UUID anna;

	private UUID erik;

	@BeforeEach
	void aGroupStartWithTwo() {
		this.coach = this.data.user(Role.STAFF);
		this.project = this.data.project(this.coach);
		this.anna = this.data.enroll(this.data.participant(this.coach, Gender.WOMAN), this.project, this.coach,
				MONDAY.minusMonths(1));
		this.erik = this.data.enroll(this.data.participant(this.coach, Gender.MAN), this.project, this.coach,
				MONDAY.minusMonths(1));
	}

	@Test
	void anActivityIsCorrectedOnThePageWithTheRulesHeldAndTheHistoryKept() throws Exception {
		UUID id = group();
		String version = String.valueOf(this.activities.get(id, scope()).version());
		this.mvc.perform(edit(id, MONDAY, MONDAY.plusDays(3), "1", version))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"startDate-error\"")))
			.andExpect(content().string(containsString("Gruppstart h&ouml;st")));
		this.mvc.perform(edit(id, MONDAY, MONDAY.plusDays(10), "1", version))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"capacity-error\"")));
		this.mvc.perform(edit(id, MONDAY, MONDAY.plusDays(14), "8", version)).andExpect(status().is3xxRedirection());
		this.mvc.perform(edit(id, MONDAY, MONDAY.plusDays(21), "8", version))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"version-error\"")));

		ActivityDetail corrected = this.activities.get(id, scope());
		assertThat(corrected.title()).isEqualTo("Gruppstart höst");
		assertThat(corrected.endDate()).isEqualTo(MONDAY.plusDays(14));
		assertThat(corrected.capacity()).isEqualTo(8);
		assertThat(this.activities.corrections(id, scope())).singleElement()
			.satisfies((c) -> assertThat(c.changes()).extracting((d) -> d.labelKey())
				.containsExactly("activity.title", "activity.endDate", "activity.capacity"));
		this.mvc.perform(get("/activities/{id}", id).with(user(this.data.login(this.coach))))
			.andExpect(content().string(containsString("Ändrade en aktivitet")))
			.andExpect(content().string(containsString("Antal platser: 12 → 8")));
	}

	@Test
	void aSessionIsCorrectedAndAnActivityWithHoursIsNotRemoved() throws Exception {
		UUID id = group();
		var session = this.activities.sessionForm(id, MONDAY, scope());
		session.setHours(BigDecimal.valueOf(2));
		session.setTopic("Introduktion och fika");
		this.activities.correctSession(id, session, null, scope());
		assertThat(this.activities.get(id, scope()).sessions().get(0).topic()).isEqualTo("Introduktion och fika");
		assertThat(this.activities.corrections(id, scope())).extracting(Correction::recordKind)
			.containsExactly("SESSION");

		this.attendance.recordSession(id, MONDAY, present(id, this.anna), scope());
		int version = this.activities.get(id, scope()).version();
		this.mvc
			.perform(post("/activities/{id}/delete", id).with(user(this.data.login(this.coach)))
				.with(csrf())
				.param("version", String.valueOf(version)))
			.andExpect(flash().attributeExists("refused"));
		this.mvc
			.perform(delete("/api/v1/activities/{id}", id)
				.with(httpBasic(this.data.username(this.coach), TestData.PASSWORD))
				.header("If-Match", "\"" + version + "\""))
			.andExpect(status().isUnprocessableContent());
		assertThatThrownBy(() -> this.activities.removeSession(id, MONDAY, null, scope())).isInstanceOfSatisfying(
				RejectedInputException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("error.sessionHasAttendance"));
		assertThat(this.activities.get(id, scope()).sessions()).hasSize(9);
	}

	@Test
	void anActivityWithoutHoursIsRemovedThroughTheApiAndKeptInTheMembersCases() throws Exception {
		UUID id = group();
		this.mvc
			.perform(get("/api/v1/activities/{id}", id)
				.with(httpBasic(this.data.username(this.coach), TestData.PASSWORD)))
			.andExpect(header().string("ETag", "\"2\""));
		this.mvc
			.perform(put("/api/v1/activities/{id}", id)
				.with(httpBasic(this.data.username(this.coach), TestData.PASSWORD))
				.header("If-Match", "\"1\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"GROUP_PROGRAMME\", \"title\": \"Ny\", \"startDate\": \"" + MONDAY
						+ "\", \"capacity\": 12}"))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(delete("/api/v1/activities/{id}", id)
				.with(httpBasic(this.data.username(this.coach), TestData.PASSWORD))
				.header("If-Match", "\"2\""))
			.andExpect(status().isNoContent());
		assertThat(this.activities.ofProject(this.project, scope())).isEmpty();
		assertThat(this.attendance.corrections(this.anna, scope())).singleElement().satisfies((c) -> {
			assertThat(c.kind()).isEqualTo(Correction.Kind.REMOVED);
			assertThat(c.recordKind()).isEqualTo("ACTIVITY");
		});
	}

	@Test
	void hoursChangedOrRemovedAreKeptInTheCasesHistory() throws Exception {
		UUID id = group();
		this.attendance.recordHours(this.anna, new HoursForm(id, MONDAY, BigDecimal.valueOf(3)), scope());
		this.attendance.recordHours(this.anna, new HoursForm(id, MONDAY, BigDecimal.valueOf(3)), scope());
		assertThat(this.attendance.corrections(this.anna, scope())).isEmpty();
		this.attendance.recordHours(this.anna, new HoursForm(id, MONDAY, new BigDecimal("2.5")), scope());
		this.mvc
			.perform(delete("/api/v1/enrollments/{id}/hours", this.anna)
				.with(httpBasic(this.data.username(this.coach), TestData.PASSWORD))
				.param("activityId", id.toString())
				.param("date", MONDAY.plusDays(1).toString())
				.header("If-Match", "*"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(delete("/api/v1/enrollments/{id}/hours", this.anna)
				.with(httpBasic(this.data.username(this.coach), TestData.PASSWORD))
				.param("activityId", id.toString())
				.param("date", MONDAY.toString())
				.header("If-Match", "*"))
			.andExpect(status().isNoContent());

		assertThat(this.attendance.month(this.anna, YearMonth.from(MONDAY), scope()).rows()).isEmpty();
		assertThat(this.attendance.corrections(this.anna, scope())).extracting(Correction::kind)
			.containsExactly(Correction.Kind.REMOVED, Correction.Kind.EDITED);
		this.mvc
			.perform(get("/enrollments/{id}/hours", this.anna).param("month", YearMonth.from(MONDAY).toString())
				.with(user(this.data.login(this.coach))))
			.andExpect(content().string(containsString("Timmar: 3 → 2.5")))
			.andExpect(content().string(containsString("Tog bort närvarotimmar")));
		assertThat(this.attendance.corrections(this.erik, scope())).isEmpty();
	}

	private UUID group() {
		UUID id = this.activities.plan(this.project, ActivityIntegrationTests.groupStart(12), scope());
		this.activities.addMember(id, this.anna, scope());
		this.activities.addMember(id, this.erik, scope());
		return id;
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(UUID id, LocalDate start,
			LocalDate end, String capacity, String version) {
		return post("/activities/{id}/edit", id).with(user(this.data.login(this.coach)))
			.with(csrf())
			.param("kind", "GROUP_PROGRAMME")
			.param("title", "Gruppstart höst")
			.param("startDate", start.toString())
			.param("endDate", end.toString())
			.param("capacity", capacity)
			.param("version", version);
	}

	private AttendanceForm present(UUID activity, UUID present) {
		AttendanceForm form = this.attendance.session(activity, MONDAY, scope());
		form.getRows().forEach((row) -> row.setPresent(row.getEnrollmentId().equals(present)));
		return form;
	}

	private AccessScope scope() {
		return this.data.scope(this.coach);
	}

}
