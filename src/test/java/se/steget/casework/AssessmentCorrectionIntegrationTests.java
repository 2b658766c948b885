package se.steget.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.access.Role;
import se.steget.core.CorrectionLog.Correction;
import se.steget.core.Gender;
import se.steget.project.ScaleManagement;

import static org.assertj.core.api.Assertions.assertThat;
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
 * A measurement recorded wrongly is corrected or removed on the page or through the API,
 * as of the version the user saw; the progression follows and the history keeps what it
 * said before.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AssessmentCorrectionIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private AssessmentManagement assessments;

	@Autowired
	private ScaleManagement scales;

	@Test
	void aMeasurementIsCorrectedAndRemovedWithItsHistoryKept() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.projectFrom("opis", coach);
		UUID enrollment = this.data.enroll(this.data.participant(coach, Gender.WOMAN), project, coach,
				TODAY.minusDays(60));
		UUID swedish = this.scales.scales(project)
			.stream()
			.filter((s) -> s.name().equals("Svenska (språksteg)"))
			.findFirst()
			.orElseThrow()
			.id();
		this.assessments.record(enrollment, new AssessmentForm(swedish, TODAY.minusDays(30), 2, coach),
				this.data.scope(coach));
		this.assessments.record(enrollment, new AssessmentForm(swedish, TODAY.minusDays(5), 3, coach),
				this.data.scope(coach));
		AssessmentView latest = this.assessments.ofEnrollment(enrollment, this.data.scope(coach)).get(1);

		this.mvc
			.perform(post("/enrollments/{id}/assessments/{a}/edit", enrollment, latest.id())
				.with(user(this.data.login(coach)))
				.with(csrf())
				.param("scaleId", swedish.toString())
				.param("assessedOn", TODAY.minusDays(5).toString())
				.param("score", "9")
				.param("note", "Skrev fel siffra")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"score-error\"")))
			.andExpect(content().string(containsString("Skrev fel siffra")));
		this.mvc
			.perform(post("/enrollments/{id}/assessments/{a}/edit", enrollment, latest.id())
				.with(user(this.data.login(coach)))
				.with(csrf())
				.param("scaleId", swedish.toString())
				.param("assessedOn", TODAY.minusDays(5).toString())
				.param("score", "5")
				.param("note", "Skrev fel siffra")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.assessments.progressions(enrollment, this.data.scope(coach))).singleElement()
			.extracting(Progression::steps)
			.isEqualTo(3);
		this.mvc
			.perform(post("/enrollments/{id}/assessments/{a}/edit", enrollment, latest.id())
				.with(user(this.data.login(coach)))
				.with(csrf())
				.param("scaleId", swedish.toString())
				.param("assessedOn", TODAY.minusDays(5).toString())
				.param("score", "4")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"version-error\"")));

		this.mvc
			.perform(put("/api/v1/enrollments/{id}/assessments/{a}", enrollment, latest.id())
				.with(httpBasic(this.data.username(coach), TestData.PASSWORD))
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"scaleId\": \"" + swedish + "\", \"assessedOn\": \"" + TODAY.minusDays(5)
						+ "\", \"score\": 4}"))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(put("/api/v1/enrollments/{id}/assessments/{a}", enrollment, latest.id())
				.with(httpBasic(this.data.username(coach), TestData.PASSWORD))
				.header("If-Match", "\"1\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"scaleId\": \"" + swedish + "\", \"assessedOn\": \"" + TODAY.plusDays(1)
						+ "\", \"score\": 4}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("assessedOn"));

		AssessmentView first = this.assessments.ofEnrollment(enrollment, this.data.scope(coach)).get(0);
		this.mvc
			.perform(post("/enrollments/{id}/assessments/{a}/delete", enrollment, latest.id())
				.with(user(this.data.login(coach)))
				.with(csrf())
				.param("version", "0"))
			.andExpect(flash().attributeExists("refused"));
		this.mvc
			.perform(delete("/api/v1/enrollments/{id}/assessments/{a}", enrollment, first.id())
				.with(httpBasic(this.data.username(coach), TestData.PASSWORD))
				.header("If-Match", "\"0\""))
			.andExpect(status().isNoContent());
		assertThat(this.assessments.ofEnrollment(enrollment, this.data.scope(coach))).extracting(AssessmentView::score)
			.containsExactly(5);
		assertThat(this.assessments.corrections(enrollment, this.data.scope(coach))).extracting(Correction::kind)
			.containsExactly(Correction.Kind.REMOVED, Correction.Kind.EDITED);
		this.mvc.perform(get("/enrollments/{id}/assessments", enrollment).with(user(this.data.login(coach))))
			.andExpect(content().string(containsString("Tog bort en bedömning")))
			.andExpect(content().string(containsString("Värde: 3 → 5")));
	}

	@Test
	void staffOfAnotherProjectCannotCorrectAMeasurement() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.projectFrom("opis", coach);
		UUID enrollment = this.data.enroll(this.data.participant(coach, Gender.MAN), project, coach,
				TODAY.minusDays(60));
		UUID scale = this.scales.scales(project).get(0).id();
		this.assessments.record(enrollment, new AssessmentForm(scale, TODAY.minusDays(3), 2, coach),
				this.data.scope(coach));
		UUID measured = this.assessments.ofEnrollment(enrollment, this.data.scope(coach)).get(0).id();
		UUID stranger = this.data.user(Role.STAFF);
		this.data.project(stranger);
		this.mvc
			.perform(delete("/api/v1/enrollments/{id}/assessments/{a}", enrollment, measured)
				.with(httpBasic(this.data.username(stranger), TestData.PASSWORD))
				.header("If-Match", "\"0\""))
			.andExpect(status().isNotFound());
		assertThat(this.assessments.ofEnrollment(enrollment, this.data.scope(coach))).hasSize(1);
	}

}
