package se.steget.access;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

	@Test
	void fiveFailedLoginsLockTheAccountEvenForTheRightPassword() throws Exception {
		String username = this.data.username(this.data.user(Role.STAFF));
		this.mvc.perform(formLogin("/login").user(username).password(TestData.PASSWORD)).andExpect(redirectedUrl("/"));
		for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
			this.mvc.perform(formLogin("/login").user(username).password("fel-losenord"))
				.andExpect(redirectedUrl("/login?error"));
		}

		Cookie session = this.mvc.perform(formLogin("/login").user(username).password(TestData.PASSWORD))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc.perform(get("/login?error").cookie(session))
			.andExpect(content().string(containsString("Kontot är låst i 15 minuter.")));
		this.mvc.perform(get("/api/v1/participants").with(httpBasic(username, TestData.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aSuccessfulLoginStartsTheCountAgain() throws Exception {
		UUID user = this.data.user(Role.STAFF);
		String username = this.data.username(user);
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < LoginAttempts.MAX_FAILURES - 1; i++) {
				this.mvc.perform(formLogin("/login").user(username).password("fel-losenord"))
					.andExpect(redirectedUrl("/login?error"));
			}
			this.mvc.perform(formLogin("/login").user(username).password(TestData.PASSWORD))
				.andExpect(redirectedUrl("/"));
		}
	}

	@Test
	void pagesSendTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
	}

}
