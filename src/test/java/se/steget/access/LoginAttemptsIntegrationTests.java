package se.steget.access;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.steget.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class LoginAttemptsIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private LoginAttempts attempts;

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void afterThreeFailuresTheRightPasswordWaitsAndTheAnswerIsTheSameAsForAnUnknownName() throws Exception {
		String username = this.data.username(this.data.user(Role.STAFF));
		String unknown = TestData.unique("finns-inte");
		for (String name : List.of(username, unknown)) {
			for (int i = 0; i <= LoginAttempts.PAIR.free(); i++) {
				this.mvc.perform(login(name, "fel-losenord", "10.1.1.1")).andExpect(redirectedUrl("/login?error"));
			}
		}

		String known = errorPage(login(username, TestData.PASSWORD, "10.1.1.1"));
		String none = errorPage(login(unknown, TestData.PASSWORD, "10.1.1.1"));
		assertThat(known).isEqualTo(none)
			.contains("Fel användarnamn eller lösenord, eller för många misslyckade försök");
		this.mvc
			.perform(get("/api/v1/participants").with(httpBasic(username, TestData.PASSWORD)).with(from("10.1.1.1")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void someoneElsesFailuresDoNotKeepTheAccountOutFromItsOwnAddress() throws Exception {
		String username = this.data.username(this.data.user(Role.STAFF));
		for (int i = 0; i < 8; i++) {
			this.mvc.perform(login(username, "fel-losenord", "10.2.2." + i)).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(login(username, TestData.PASSWORD, "10.9.9.9")).andExpect(redirectedUrl("/"));
	}

	@Test
	void aSuccessfulLoginStartsTheCountAgain() throws Exception {
		UUID user = this.data.user(Role.STAFF);
		String username = this.data.username(user);
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < LoginAttempts.PAIR.free(); i++) {
				this.mvc.perform(login(username, "fel-losenord", "10.3.3.3")).andExpect(redirectedUrl("/login?error"));
			}
			this.mvc.perform(login(username, TestData.PASSWORD, "10.3.3.3")).andExpect(redirectedUrl("/"));
		}
	}

	@Test
	void forgottenCountsAreRemoved() {
		String key = "pair:" + TestData.unique("glomd") + "@10.4.4.4";
		this.jdbc.sql("insert into login_throttle (throttle_key, failures, last_failure) values (?, 3, ?)")
			.params(key, LocalDateTime.now().minusHours(2))
			.update();
		assertThat(this.attempts.forget()).isPositive();
		assertThat(this.jdbc.sql("select count(*) from login_throttle where throttle_key = ?")
			.param(key)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void eachFailureBeyondTheFreeOnesDoublesTheDelayUpToTheCap() {
		LocalDateTime now = LocalDateTime.of(2026, 12, 1, 9, 0);
		assertThat(LoginAttempts.PAIR.blockedUntil(3, now)).isNull();
		assertThat(LoginAttempts.PAIR.blockedUntil(4, now)).isEqualTo(now.plusSeconds(1));
		assertThat(LoginAttempts.PAIR.blockedUntil(5, now)).isEqualTo(now.plusSeconds(2));
		assertThat(LoginAttempts.PAIR.blockedUntil(8, now)).isEqualTo(now.plusSeconds(16));
		assertThat(LoginAttempts.PAIR.blockedUntil(60, now)).isEqualTo(now.plusMinutes(15));
		assertThat(LoginAttempts.ACCOUNT.blockedUntil(200, now)).isEqualTo(now.plusMinutes(1));
	}

	private String errorPage(MockHttpServletRequestBuilder login) throws Exception {
		Cookie session = this.mvc.perform(login)
			.andExpect(redirectedUrl("/login?error"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		return this.mvc.perform(get("/login?error").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	private static MockHttpServletRequestBuilder login(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void pagesSendTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
	}

}
