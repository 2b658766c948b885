package se.steget.system;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.TestNumbers;
import se.steget.access.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Input that no one should store: a NUL or a right-to-left override in a name, and a date
 * of birth that has not come yet; refused next to the field, on the page and in the API,
 * and nothing saved.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InputHygieneIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aNameWithANulOrADirectionOverrideIsRefusedOnThePage() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		String lastName = TestData.unique("Nul");
		this.mvc
			.perform(post("/participants/new").with(user(this.data.login(coach)))
				.with(csrf())
				.param("personalIdentityNumber", TestNumbers.next())
				.param("firstName", "Anna\u202Egpj.exe")
				.param("lastName", lastName + "\u0000")
				.param("gender", "WOMAN")
				.param("municipalityCode", "0880"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"firstName-error\"")))
			.andExpect(content().string(containsString("id=\"lastName-error\"")))
			.andExpect(content().string(containsString("osynliga styrtecken")));
		assertThat(this.jdbc.sql("select count(*) from participant where last_name like ?")
			.param(lastName + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aNameWithADirectionOverrideIsRefusedInTheApi() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		this.mvc
			.perform(post("/api/v1/participants").with(httpBasic(this.data.username(coach), TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"personalIdentityNumber": "%s", "firstName": "Anna\\u202E", "lastName": "Ok",
						 "gender": "WOMAN", "municipalityCode": "0880"}""".formatted(TestNumbers.next())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("firstName")));
	}

	@Test
	void aDateOfBirthInTheFutureIsRefusedWithItsOwnMessage() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		this.mvc
			.perform(post("/api/v1/participants").with(httpBasic(this.data.username(coach), TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"personalIdentityNumber": "20991231-2387", "firstName": "Framtida", "lastName": "Person",
						 "gender": "WOMAN", "municipalityCode": "0880"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("personalIdentityNumber"))
			.andExpect(jsonPath("$.errors[0].message", containsString("har inte kommit")));
	}

}
