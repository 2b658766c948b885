package se.steget.project;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.core.StaleEditException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two managers configuring the same project: a track, a scale, a priority group or the
 * intake steps saved from an older version is refused with what is saved now, never
 * silently overwritten.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConfigurationStaleEditIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private TrackManagement tracks;

	@Autowired
	private ScaleManagement scales;

	@Autowired
	private PriorityGroupManagement groups;

	@Autowired
	private IntakeManagement intake;

	@Test
	void aStaleTrackIsRefusedOnThePageAndInTheApi() throws Exception {
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		UUID project = this.data.projectFrom("jobbfokus", manager);
		UUID room = this.data.trackNamed(project, "Rum 2");
		int version = this.tracks.track(room).orElseThrow().version();
		this.mvc.perform(editTrack(manager, project, room, "Rum 2 – praktik", version))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(editTrack(manager, project, room, "Rum 2 – studier", version))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"version-error\""),
					containsString("<td>Rum 2 – praktik</td>"), containsString("<td>Rum 2 – studier</td>"),
					containsString("name=\"version\" value=\"" + (version + 1) + "\""))));
		this.mvc
			.perform(put("/api/v1/projects/{id}/tracks/{t}", project, room)
				.with(httpBasic(this.data.username(manager), TestData.PASSWORD))
				.header("If-Match", "\"" + version + "\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Rum 2 – studier\"}"))
			.andExpect(status().isPreconditionFailed());
		assertThat(this.tracks.track(room).orElseThrow().name()).isEqualTo("Rum 2 – praktik");
	}

	@Test
	void aStaleScaleOrPriorityGroupIsRefused() {
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		UUID project = this.data.projectFrom("opis", manager);
		AccessScope scope = this.data.scope(manager);
		UUID scale = this.scales.add(project, new ScaleForm("Självförtroende", null, 1, 5, true), scope);
		ScaleForm first = this.scales.editForm(project, scale, scope);
		ScaleForm second = this.scales.editForm(project, scale, scope);
		first.setName("Självkänsla");
		this.scales.update(project, scale, first, scope);
		second.setMaxValue(7);
		assertThatThrownBy(() -> this.scales.update(project, scale, second, scope))
			.isInstanceOf(StaleEditException.class);
		assertThat(this.scales.scale(scale).orElseThrow().maxValue()).isEqualTo(5);
		assertThat(this.scales.differences(project, scale, second, scope)).extracting((d) -> d.labelKey())
			.containsExactly("scale.name", "scale.maxValue");

		UUID group = this.groups.add(project, new PriorityGroupForm("Unga kvinnor", null, 18, null), scope);
		PriorityGroupForm one = this.groups.editForm(project, group, scope);
		PriorityGroupForm other = this.groups.editForm(project, group, scope);
		one.setMaxAge(29);
		this.groups.update(project, group, one, scope);
		other.setMaxAge(24);
		assertThatThrownBy(() -> this.groups.update(project, group, other, scope))
			.isInstanceOf(StaleEditException.class);
		assertThat(this.groups.groups(project)).filteredOn((g) -> g.id().equals(group))
			.singleElement()
			.satisfies((g) -> assertThat(g.maxAge()).isEqualTo(29));
	}

	@Test
	void staleIntakeStepsAreRefused() throws Exception {
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		UUID project = this.data.projectFrom("jobbfokus", manager);
		AccessScope scope = this.data.scope(manager);
		IntakeForm seen = this.intake.form(project, scope);
		this.intake.replace(project, new IntakeForm("Informationsträff\nIntervju\nBeslut om inskrivning"), scope);
		this.mvc
			.perform(post("/projects/{id}/intake", project).with(user(this.data.login(manager)))
				.with(csrf())
				.param("steps", seen.getSteps() + "\nArbetsprövning")
				.param("version", String.valueOf(seen.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"version-error\"")));
		assertThat(this.intake.steps(project)).extracting(IntakeStepView::name)
			.containsExactly("Informationsträff", "Intervju", "Beslut om inskrivning");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder editTrack(UUID manager,
			UUID project, UUID track, String name, int version) {
		return post("/projects/{p}/tracks/{t}/edit", project, track).with(user(this.data.login(manager)))
			.with(csrf())
			.param("name", name)
			.param("version", String.valueOf(version));
	}

}
