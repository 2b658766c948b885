package se.steget.access;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal access tokens: made on the page and shown once, accepted as bearer tokens by
 * the API with the user's own scope, refused once revoked or expired, and kept only as a
 * hash.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenIntegrationTests {

	private static final Pattern TOKEN = Pattern.compile("stg_[A-Za-z0-9_-]{43}");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private AuditLog auditLog;

	@Test
	void aTokenMadeOnThePageSignsInToTheApiUntilItIsRevoked() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		String token = create(coach, "Rapportskript", "30");

		this.mvc.perform(get("/api/v1/participants").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk());
		assertThat(this.jdbc.sql("select count(*) from api_token where token_hash = ?")
			.param(AuditLog.sha256(token))
			.query(Long.class)
			.single()).isOne();
		assertThat(this.jdbc.sql("select count(*) from api_token where token_hash = ?")
			.param(token)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.auditLog.ofUser(coach, java.time.LocalDateTime.now().minusHours(1),
				java.time.LocalDateTime.now().plusHours(1)))
			.anySatisfy((entry) -> assertThat(entry.route()).isEqualTo("GET /api/v1/participants"));

		UUID id = this.jdbc.sql("select id from api_token where user_id = ?").param(coach).query(UUID.class).single();
		this.mvc.perform(get("/account/tokens").with(user(this.data.login(coach))))
			.andExpect(content().string(containsString("Rapportskript")))
			.andExpect(content().string(not(containsString(token))));
		this.mvc.perform(post("/account/tokens/{id}/revoke", id).with(user(this.data.login(coach))).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/participants").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void anExpiredOrUnknownTokenIsRefused() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		String token = create(coach, "Gammal", "1");
		this.jdbc.sql("update api_token set expires_on = current_date - 1 where user_id = ?").param(coach).update();
		this.mvc.perform(get("/api/v1/participants").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/participants").header("Authorization", "Bearer stg_nope"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void noOneRevokesAnotherUsersToken() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID other = this.data.user(Role.STAFF);
		String token = create(coach, "Min", "10");
		UUID id = this.jdbc.sql("select id from api_token where user_id = ?").param(coach).query(UUID.class).single();
		this.mvc.perform(post("/account/tokens/{id}/revoke", id).with(user(this.data.login(other))).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/participants").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk());
	}

	@Test
	void badInputIsRefusedNextToTheFieldAndMakesNoToken() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		this.mvc
			.perform(post("/account/tokens").with(user(this.data.login(coach)))
				.with(csrf())
				.param("name", "")
				.param("days", "400"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("id=\"days-error\"")))
			.andExpect(content().string(containsString("value=\"400\"")));
		this.mvc
			.perform(post("/account/tokens").with(user(this.data.login(coach)))
				.with(csrf())
				.param("name", "Skript\u202Etxt")
				.param("days", "10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\"")));
		assertThat(this.jdbc.sql("select count(*) from api_token where user_id = ?")
			.param(coach)
			.query(Long.class)
			.single()).isZero();
	}

	private String create(UUID user, String name, String days) throws Exception {
		String page = this.mvc
			.perform(post("/account/tokens").with(user(this.data.login(user)))
				.with(csrf())
				.param("name", name)
				.param("days", days))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var m = TOKEN.matcher(page);
		assertThat(m.find()).as("the page shows the new token").isTrue();
		return m.group();
	}

}
