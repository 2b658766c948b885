package se.steget.access;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class UserWebIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private UserAccounts accounts;

	@Autowired
	private AccessManagement access;

	@Test
	void createsAnAccountWhosePasswordIsHashedAndWorks() throws Exception {
		UUID admin = this.data.user(Role.ADMINISTRATOR);
		String username = TestData.unique("ny").toLowerCase();
		this.mvc
			.perform(post("/users/new").with(user(this.data.login(admin)))
				.with(csrf())
				.param("username", username)
				.param("displayName", "Ny Coach")
				.param("password", "ett-langt-losenord")
				.param("role", "STAFF")
				.param("staffFunction", "COACH")
				.param("enabled", "true"))
			.andExpect(redirectedUrl("/users"));
		String hash = this.accounts.findByUsername(username).orElseThrow().getPasswordHash();
		org.assertj.core.api.Assertions.assertThat(hash).startsWith("{bcrypt}").doesNotContain("ett-langt-losenord");
		this.mvc.perform(formLogin().user(username).password("ett-langt-losenord")).andExpect(redirectedUrl("/"));
	}

	@Test
	void refusesATakenUsernameAndAShortPassword() throws Exception {
		UUID admin = this.data.user(Role.ADMINISTRATOR);
		this.mvc
			.perform(post("/users/new").with(user(this.data.login(admin)))
				.with(csrf())
				.param("username", this.data.username(admin))
				.param("displayName", "Dubbel")
				.param("password", "kort")
				.param("role", "STAFF"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Användarnamnet är upptaget."),
					containsString("Lösenordet måste ha minst 12 tecken."), containsString("value=\"Dubbel\""))));
	}

	@Test
	void aMunicipalCoordinatorNeedsAMunicipalityAndThenSeesIt() throws Exception {
		UUID admin = this.data.user(Role.ADMINISTRATOR);
		String username = TestData.unique("koord").toLowerCase();
		this.mvc
			.perform(post("/users/new").with(user(this.data.login(admin)))
				.with(csrf())
				.param("username", username)
				.param("displayName", "Kommunens Koordinator")
				.param("password", "ett-langt-losenord")
				.param("role", "STAFF")
				.param("staffFunction", "MUNICIPAL_COORDINATOR"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Välj kommunen som koordinatorn arbetar för."),
					containsString("value=\"Kommunens Koordinator\""))));
		org.assertj.core.api.Assertions.assertThat(this.accounts.findByUsername(username)).isEmpty();

		this.mvc
			.perform(post("/users/new").with(user(this.data.login(admin)))
				.with(csrf())
				.param("username", username)
				.param("displayName", "Kommunens Koordinator")
				.param("password", "ett-langt-losenord")
				.param("role", "STAFF")
				.param("staffFunction", "MUNICIPAL_COORDINATOR")
				.param("municipalityCode", "0680"))
			.andExpect(redirectedUrl("/users"));
		UserAccount account = this.accounts.findByUsername(username).orElseThrow();
		org.assertj.core.api.Assertions.assertThat(this.access.scopeOf(account.getId(), Role.STAFF).municipalityCode())
			.isEqualTo("0680");
	}

	@Test
	void anEditFromAnOlderVersionOfTheAccountIsRefusedAndAnOrganisationIsChecked() throws Exception {
		UUID admin = this.data.user(Role.ADMINISTRATOR);
		UUID coach = this.data.user(Role.STAFF);
		String username = this.data.username(coach);
		Integer version = this.accounts.findById(coach).orElseThrow().getVersion();
		this.mvc
			.perform(post("/users/{id}/edit", coach).with(user(this.data.login(admin)))
				.with(csrf())
				.param("username", username)
				.param("displayName", "Första ändringen")
				.param("role", "STAFF")
				.param("enabled", "true")
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/users"));
		this.mvc
			.perform(post("/users/{id}/edit", coach).with(user(this.data.login(admin)))
				.with(csrf())
				.param("username", username)
				.param("displayName", "Andra ändringen")
				.param("role", "STAFF")
				.param("enabled", "true")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"version-error\"")));
		this.mvc
			.perform(post("/users/{id}/edit", coach).with(user(this.data.login(admin)))
				.with(csrf())
				.param("username", username)
				.param("displayName", "Tredje ändringen")
				.param("role", "STAFF")
				.param("enabled", "true")
				.param("organisationId", UUID.randomUUID().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"organisationId-error\"")));
		org.assertj.core.api.Assertions.assertThat(this.accounts.findById(coach).orElseThrow().getDisplayName())
			.isEqualTo("Första ändringen");
	}

}
