package se.steget.organisation;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.access.Role;

import static org.assertj.core.api.Assertions.assertThat;
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
class OrganisationWebIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private OrganisationManagement organisations;

	@Test
	void showsAnInvalidOrganisationNumberNextToTheFieldAndSavesNothing() throws Exception {
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		String name = TestData.unique("Arbetsgivare");
		this.mvc
			.perform(post("/organisations/new").with(user(this.data.login(manager)))
				.with(csrf())
				.param("name", name)
				.param("kind", "EMPLOYER")
				.param("organisationNumber", "556016-0681"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"organisationNumber-error\""),
					containsString("Ogiltigt organisationsnummer"), containsString("value=\"556016-0681\""))));
		assertThat(this.organisations.search(name, 0).getTotalElements()).isZero();
	}

	@Test
	void showsTheFormsForChangesOnlyToManagers() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		this.mvc.perform(get("/organisations/new").with(user(this.data.login(coach))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/projects/new").with(user(this.data.login(coach)))).andExpect(status().isForbidden());
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		this.mvc.perform(get("/organisations/new").with(user(this.data.login(manager)))).andExpect(status().isOk());
		this.mvc.perform(get("/projects/new").with(user(this.data.login(manager)))).andExpect(status().isOk());
	}

	@Test
	void refusesStaffToAddOrganisations() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		this.mvc
			.perform(post("/organisations/new").with(user(this.data.login(coach)))
				.with(csrf())
				.param("name", "X")
				.param("kind", "OTHER"))
			.andExpect(status().isForbidden());
	}

}
