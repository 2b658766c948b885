package se.steget.privacy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.access.Role;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The retention page and its API beside it: administrators see what a run would remove
 * and what it keeps, and may run it; nobody else may.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RetentionWebIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Test
	void anAdministratorSeesWhatARunKeepsOnThePageAndInTheApi() throws Exception {
		UUID admin = this.data.user(Role.ADMINISTRATOR);
		this.mvc.perform(get("/retention").with(user(this.data.login(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Det som finns kvar för statistiken")))
			.andExpect(content().string(containsString("Hemkommun")))
			.andExpect(content().string(containsString("Registrerade men aldrig inskrivna")));
		this.mvc.perform(get("/api/v1/retention").with(httpBasic(this.data.username(admin), TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kept[*].column", hasItem("municipality_code")))
			.andExpect(jsonPath("$.neverEnrolled").isNumber())
			.andExpect(jsonPath("$.disposable.identities").isNumber());
		this.mvc.perform(post("/api/v1/retention/run").with(httpBasic(this.data.username(admin), TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.anonymised", greaterThanOrEqualTo(0)));
	}

	@Test
	void nobodyButAnAdministratorSeesOrRunsRetention() throws Exception {
		for (Role role : Role.values()) {
			if (role == Role.ADMINISTRATOR) {
				continue;
			}
			UUID user = this.data.user(role);
			this.mvc.perform(get("/api/v1/retention").with(httpBasic(this.data.username(user), TestData.PASSWORD)))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/api/v1/retention/run").with(httpBasic(this.data.username(user), TestData.PASSWORD)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/retention").with(user(this.data.login(user)))).andExpect(status().isForbidden());
		}
	}

}
