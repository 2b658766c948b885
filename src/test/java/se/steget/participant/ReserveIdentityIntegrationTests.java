package se.steget.participant;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.TestNumbers;
import se.steget.access.Role;
import se.steget.reporting.ScbReport;
import se.steget.reporting.ScbRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person without a Swedish number is registered with a reserve identity (name, date of
 * birth, gender and the document that shows who they are), counted like anyone, and later
 * given their number.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReserveIdentityIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private ParticipantManagement participants;

	@Autowired
	private ScbReport scb;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aReserveIdentityIsRegisteredCountedAndLaterGivenItsNumber() throws Exception {
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		UUID project = this.data.project(manager);
		String lastName = TestData.unique("Reserv");

		this.mvc
			.perform(post("/participants/new").with(user(this.data.login(manager)))
				.with(csrf())
				.param("reserveIdentity", "true")
				.param("birthDate", "2099-01-01")
				.param("firstName", "Amal")
				.param("lastName", lastName)
				.param("gender", "WOMAN")
				.param("municipalityCode", "0880"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"birthDate-error\"")))
			.andExpect(content().string(containsString("id=\"reserveDocument-error\"")));
		String location = this.mvc
			.perform(post("/participants/new").with(user(this.data.login(manager)))
				.with(csrf())
				.param("reserveIdentity", "true")
				.param("birthDate", "1990-04-12")
				.param("reserveDocument", "LMA-kort 12-345678")
				.param("firstName", "Amal")
				.param("lastName", lastName)
				.param("gender", "WOMAN")
				.param("municipalityCode", "0880"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID person = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		this.data.participant(manager, se.steget.core.Gender.MAN);
		this.mvc.perform(get(location).with(user(this.data.login(manager))))
			.andExpect(content().string(containsString("reservidentitet, LMA-kort 12-345678")));

		UUID other = this.data.user(Role.STAFF);
		this.mvc
			.perform(post("/participants/lookup").with(user(this.data.login(other)))
				.with(csrf())
				.param("firstName", "amal")
				.param("lastName", lastName.toUpperCase())
				.param("birthDate", "1990-04-12")
				.param("purpose", "Skrivs in hos oss"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"lookup-found\"")));
		this.mvc
			.perform(post("/participants/lookup").with(user(this.data.login(other)))
				.with(csrf())
				.param("firstName", "Amal")
				.param("lastName", lastName)
				.param("purpose", "Skrivs in hos oss"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"personalIdentityNumber-error\"")));
		this.mvc
			.perform(post("/participants/lookup").with(user(this.data.login(other)))
				.with(csrf())
				.param("firstName", "Amal")
				.param("lastName", lastName)
				.param("birthDate", "1990-04-13")
				.param("purpose", "Skrivs in hos oss"))
			.andExpect(content().string(containsString("id=\"lookup-none\"")));

		this.data.enroll(person, project, manager, LocalDate.of(2026, 5, 4));
		assertThat(this.scb.month(project, YearMonth.of(2026, 5), this.data.scope(manager)).rows())
			.extracting(ScbRow::personalIdentityNumber)
			.containsExactly("00000000-0000");

		ParticipantForm edit = this.participants.editForm(person, this.data.scope(manager));
		assertThat(edit.isReserveIdentity()).isTrue();
		String number = TestNumbers.next();
		edit.setPersonalIdentityNumber(number);
		this.participants.update(person, edit, this.data.scope(manager));
		ParticipantSummary given = this.participants.get(person, this.data.scope(manager));
		assertThat(given.personalIdentityNumber()).isEqualTo(number.replace("-", ""));
		assertThat(given.reserveIdentity()).isFalse();
		assertThat(this.jdbc
			.sql("select count(*) from participant where personal_identity_number is null" + " and last_name = ?")
			.param(lastName)
			.query(Long.class)
			.single()).isZero();
	}

}
