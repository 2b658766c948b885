package se.steget.enrollment;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.access.Role;
import se.steget.core.Gender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class EnrollmentWebIntegrationTests {

	private static final LocalDate START = LocalDate.of(2025, 4, 1);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private SharedCaseManagement sharedCases;

	@Test
	void enrollsFromTheParticipantPage() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		UUID participant = this.data.participant(coach, Gender.WOMAN);

		this.mvc
			.perform(post("/enrollments/new").with(user(this.data.login(coach)))
				.with(csrf())
				.param("participantId", participant.toString())
				.param("projectId", project.toString())
				.param("startDate", START.toString())
				.param("responsibleUserId", coach.toString()))
			.andExpect(redirectedUrl("/participants/" + participant));
		assertThat(this.enrollments.ofParticipant(participant, this.data.scope(coach)))
			.extracting(EnrollmentView::status)
			.containsExactly(EnrollmentStatus.INTAKE);
		this.mvc.perform(get("/participants/" + participant).with(user(this.data.login(coach))))
			.andExpect(content().string(containsString(START.toString())));
	}

	@Test
	void showsAnExitBeforeTheStartNextToTheDateAndSavesNothing() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		UUID id = this.data.enroll(this.data.participant(coach, Gender.MAN), project, coach, START);

		this.mvc
			.perform(post("/enrollments/" + id + "/exit").with(user(this.data.login(coach)))
				.with(csrf())
				.param("exitDate", "2025-03-31")
				.param("exitReason", "EMPLOYMENT")
				.param("exitNote", "Fick jobb"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"exitDate-error\""),
					containsString("Avslutet kan inte vara före startdatumet."), containsString("value=\"2025-03-31\""),
					containsString("Fick jobb"))));
		assertThat(this.enrollments.get(id, this.data.scope(coach)).status()).isEqualTo(EnrollmentStatus.ACTIVE);
	}

	@Test
	void showsAnOverlappingEnrollmentNextToTheStartDate() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		UUID participant = this.data.participant(coach, Gender.MAN);
		this.data.enroll(participant, project, coach, START);

		this.mvc
			.perform(post("/enrollments/new").with(user(this.data.login(coach)))
				.with(csrf())
				.param("participantId", participant.toString())
				.param("projectId", project.toString())
				.param("startDate", "2025-05-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"startDate-error\""), containsString("redan inskriven i projektet"))));
		assertThat(this.enrollments.ofParticipant(participant, this.data.scope(coach))).hasSize(1);
	}

	@Test
	void showsABadDateAsAnErrorAndNotAsAFailure() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		UUID id = this.data.enroll(this.data.participant(coach, Gender.MAN), project, coach, START);
		this.mvc
			.perform(post("/enrollments/" + id + "/exit").with(user(this.data.login(coach)))
				.with(csrf())
				.param("exitDate", "31/03/2025")
				.param("exitReason", "EMPLOYMENT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ange ett datum som ÅÅÅÅ-MM-DD.")));
	}

	@Test
	void showsAMissingPersonWhenSharingACase() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID id = this.data.enroll(this.data.participant(coach, Gender.MAN), this.data.project(coach), coach, START);
		this.mvc
			.perform(post("/enrollments/" + id + "/staff").with(user(this.data.login(coach)))
				.with(csrf())
				.param("caseRole", "PSYCHOLOGIST"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"userId-error\""),
					containsString("value=\"PSYCHOLOGIST\" selected=\"selected\""))));
		assertThat(this.sharedCases.caseStaff(id, this.data.scope(coach))).isEmpty();
	}

	@Test
	void offersTheProjectsStaffAndFindsOthersBySearchWhenSharingACase() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID colleague = this.data.user(Role.STAFF);
		UUID outsider = this.data.user(Role.STAFF);
		UUID id = this.data.enroll(this.data.participant(coach, Gender.MAN), this.data.project(coach, colleague), coach,
				START);
		String outsiderName = this.data.username(outsider);

		this.mvc.perform(get("/enrollments/" + id + "/staff").with(user(this.data.login(coach))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"" + colleague + "\""),
					not(containsString("value=\"" + outsider + "\"")))));
		this.mvc
			.perform(get("/enrollments/" + id + "/staff").param("q", outsiderName.toUpperCase())
				.with(user(this.data.login(coach))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"" + outsider + "\""),
					not(containsString("value=\"" + colleague + "\"")))));
		this.mvc.perform(get("/enrollments/" + id + "/staff").param("q", "%").with(user(this.data.login(coach))))
			.andExpect(content()
				.string(allOf(containsString("Inga träffar."), not(containsString("value=\"" + coach + "\"")))));

		this.mvc
			.perform(post("/enrollments/" + id + "/staff").with(user(this.data.login(coach)))
				.with(csrf())
				.param("q", outsiderName)
				.param("userId", outsider.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"caseRole-error\""),
					containsString("value=\"" + outsider + "\" selected=\"selected\""),
					containsString("name=\"q\" value=\"" + outsiderName + "\""))));
		this.mvc
			.perform(post("/enrollments/" + id + "/staff").with(user(this.data.login(coach)))
				.with(csrf())
				.param("q", outsiderName)
				.param("userId", outsider.toString())
				.param("caseRole", "PSYCHOLOGIST"))
			.andExpect(redirectedUrl("/enrollments/" + id));
		assertThat(this.sharedCases.caseStaff(id, this.data.scope(coach))).hasSize(1);
	}

	@Test
	void showsAPauseThatEndsBeforeItStartsNextToTheEndDate() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID id = this.data.enroll(this.data.participant(coach, Gender.MAN), this.data.project(coach), coach, START);
		this.mvc
			.perform(post("/enrollments/" + id + "/pause").with(user(this.data.login(coach)))
				.with(csrf())
				.param("startDate", "2025-05-10")
				.param("endDate", "2025-05-01")
				.param("reason", "SICK_LEAVE"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"endDate-error\""),
					containsString("Uppehållet kan inte sluta innan det börjar."),
					containsString("value=\"2025-05-10\""))));
		assertThat(this.enrollments.get(id, this.data.scope(coach)).counters().countedDays())
			.isEqualTo(this.enrollments.get(id, this.data.scope(coach)).counters().daysInProject());
	}

}
