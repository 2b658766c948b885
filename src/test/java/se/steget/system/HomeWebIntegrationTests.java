package se.steget.system;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class HomeWebIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Test
	void logsInWithAPasswordAndRefusesAWrongOne() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		this.mvc.perform(formLogin().user(this.data.username(coach)).password(TestData.PASSWORD))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin().user(this.data.username(coach)).password("wrong-password"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void linksStaticFilesByContentHashAndServesThemForAYear() throws Exception {
		String page = this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		Matcher stylesheet = Pattern.compile("href=\"(/assets/css/steget-[0-9a-f]{32}\\.css)\"").matcher(page);
		Matcher htmx = Pattern.compile("src=\"(/webjars/htmx.org/[^\"]+/htmx.min-[0-9a-f]{32}\\.js)\"").matcher(page);
		assertThat(stylesheet.find()).as(page).isTrue();
		assertThat(htmx.find()).as(page).isTrue();
		for (String asset : new String[] { stylesheet.group(1), htmx.group(1) }) {
			this.mvc.perform(get(asset))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", containsString("max-age=31536000")));
		}
		this.mvc.perform(get("/assets/css/no-such.css")).andExpect(status().isNotFound());
	}

	@Test
	void showsStaffTheirCaseload() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		UUID participant = this.data.participant(coach, Gender.WOMAN);
		this.data.enroll(participant, project, coach, LocalDate.of(2025, 2, 1));

		this.mvc.perform(get("/").with(user(this.data.login(coach))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Mina ärenden"), containsString("id=\"caseload\""),
					containsString("/participants/" + participant), not(containsString("id=\"figures\"")))));
	}

	@Test
	void showsTheSteeringGroupFiguresWithSmallCellsHiddenAndNoPeople() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID steering = this.data.user(Role.STEERING_GROUP);
		UUID project = this.data.project(coach, steering);
		UUID participant = this.data.participant(coach, Gender.WOMAN);
		this.data.enroll(participant, project, coach, LocalDate.of(2025, 2, 1));

		this.mvc.perform(get("/").with(user(this.data.login(steering))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"figures\""), containsString("&lt;5"),
					not(containsString("id=\"caseload\"")), not(containsString("/participants/")))));
	}

	@Test
	void showsProjectManagersExactFiguresByGender() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		UUID project = this.data.project(coach, manager);
		this.data.enroll(this.data.participant(coach, Gender.WOMAN), project, coach, LocalDate.of(2025, 2, 1));

		this.mvc.perform(get("/").with(user(this.data.login(manager))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"figures\""), containsString("Kvinnor"),
					containsString("Män"), not(containsString("&lt;5")))));
	}

	@Test
	void keepsUserAdministrationToAdministrators() throws Exception {
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		this.mvc.perform(get("/users").with(user(this.data.login(manager)))).andExpect(status().isForbidden());
		UUID admin = this.data.user(Role.ADMINISTRATOR);
		this.mvc.perform(get("/users").with(user(this.data.login(admin)))).andExpect(status().isOk());
	}

	@Test
	void switchesToEnglish() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		this.mvc.perform(get("/").param("lang", "en").with(user(this.data.login(coach))))
			.andExpect(content().string(allOf(containsString("My caseload"), containsString("lang=\"en\""))));
	}

}
