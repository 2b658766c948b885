package se.steget.system;

import java.util.UUID;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.access.ApiTokens;
import se.steget.access.Role;
import se.steget.core.Gender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The database out of reach (every connection asked of the pool times out): signing in
 * with valid credentials, a token, a page and an API call all answer 503 with when to try
 * again, none 401 or 500; once the database is back, everything works without a restart.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DatabaseUnavailableIntegrationTests.Unreachable.class)
class DatabaseUnavailableIntegrationTests {

	/**
	 * The pool in front of the database, as the application sees it when the database is
	 * out of reach: every connection asked for times out, as Hikari's does.
	 */
	@TestConfiguration
	static class Unreachable {

		static final AtomicBoolean CUT = new AtomicBoolean();

		@Bean
		static BeanPostProcessor cuttable() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!(bean instanceof DataSource pool)) {
						return bean;
					}
					return new DelegatingDataSource(pool) {
						@Override
						public Connection getConnection() throws SQLException {
							if (CUT.get()) {
								throw new SQLTransientConnectionException("Connection is not available, timed out");
							}
							return super.getConnection();
						}
					};
				}
			};
		}

	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aDatabaseOutOfReachIsA503AndTheApplicationRecovers() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID participant = this.data.participant(coach, Gender.WOMAN);
		this.data.enroll(participant, this.data.project(coach), coach, java.time.LocalDate.now().minusDays(5));
		String token = this.tokens.create(coach, "Driftstopp", 30);
		var login = this.data.login(coach);
		String username = this.data.username(coach);
		Unreachable.CUT.set(true);
		try {
			this.mvc.perform(get("/api/v1/participants/{id}", participant).with(httpBasic(username, TestData.PASSWORD)))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "5"))
				.andExpect(jsonPath("$.status").value(503));
			this.mvc.perform(get("/api/v1/participants/{id}", participant).header("Authorization", "Bearer " + token))
				.andExpect(status().isServiceUnavailable());
			this.mvc.perform(get("/participants/{id}", participant).with(user(login)))
				.andExpect(status().isServiceUnavailable())
				.andExpect(content().string(containsString("Steget når inte databasen just nu")));
			this.mvc
				.perform(post("/login").with(csrf()).param("username", username).param("password", TestData.PASSWORD))
				.andExpect(status().isServiceUnavailable());
		}
		finally {
			Unreachable.CUT.set(false);
		}
		this.mvc
			.perform(get("/api/v1/participants/{id}", participant).header("Authorization", "Bearer " + token)
				.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/participants/{id}", participant)
				.with(httpBasic(this.data.username(coach), TestData.PASSWORD)))
			.andExpect(status().isOk());
		assertThat(this.jdbc.sql("select count(*) from participant where id = ?")
			.param(participant)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

}
