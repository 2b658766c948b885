package se.steget.system;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.access.Role;
import se.steget.core.Gender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A save from an old version of an enrollment, a contact, an organisation or a user is
 * refused with what is saved now beside what the user typed, and the form moved on to the
 * saved version, so that saving again keeps the user's values knowingly.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaleEditComparisonIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aStaleEnrollmentSaveShowsWhatWasSavedAndASecondSaveKeepsTheUsersValues() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID enrollment = this.data.enroll(this.data.participant(coach, Gender.WOMAN), this.data.project(coach), coach,
				TODAY.minusDays(20));
		int version = this.jdbc.sql("select version from enrollment where id = ?")
			.param(enrollment)
			.query(Integer.class)
			.single();
		String seen = String.valueOf(version);
		String now = String.valueOf(version + 1);
		this.mvc.perform(editEnrollment(coach, enrollment, "50", seen)).andExpect(status().is3xxRedirection());
		this.mvc.perform(editEnrollment(coach, enrollment, "75", seen))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"version-error\""),
					containsString("Det som nu är sparat, bredvid det du skrev"), containsString("<td>50</td>"),
					containsString("<td>75</td>"), containsString("name=\"version\" value=\"" + now + "\""))));
		this.mvc.perform(editEnrollment(coach, enrollment, "75", now)).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select participation_percent from enrollment where id = ?")
			.param(enrollment)
			.query(Integer.class)
			.single()).isEqualTo(75);
	}

	@Test
	void aStaleOrganisationSaveIsRefusedNextToTheFormNotAsAnErrorPage() throws Exception {
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		UUID organisation = UUID.randomUUID();
		this.jdbc
			.sql("insert into organisation (id, name, kind, municipality_code, version) values (?, ?, 'COMPANY',"
					+ " '0180', 1)")
			.params(organisation, "Stegets Stöd AB")
			.update();
		this.mvc
			.perform(post("/organisations/{id}/edit", organisation).with(user(this.data.login(manager)))
				.with(csrf())
				.param("name", "Stegets Stöd i Solna AB")
				.param("kind", "COMPANY")
				.param("municipalityCode", "0184")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"version-error\""), containsString("Solna"),
					containsString("Stockholm"), containsString("name=\"version\" value=\"1\""))));
		assertThat(this.jdbc.sql("select name from organisation where id = ?")
			.param(organisation)
			.query(String.class)
			.single()).isEqualTo("Stegets Stöd AB");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder editEnrollment(UUID coach,
			UUID enrollment, String percent, String version) {
		var stored = this.jdbc.sql("select participant_id, project_id from enrollment where id = ?")
			.param(enrollment)
			.query()
			.singleRow();
		return post("/enrollments/{id}/edit", enrollment).with(user(this.data.login(coach)))
			.with(csrf())
			.param("participantId", stored.get("participant_id").toString())
			.param("projectId", stored.get("project_id").toString())
			.param("startDate", TODAY.minusDays(20).toString())
			.param("responsibleUserId", coach.toString())
			.param("active", "true")
			.param("participationPercent", percent)
			.param("version", version);
	}

}
