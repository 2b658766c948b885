package se.steget.participant;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import se.steget.TestData;
import se.steget.TestNumbers;
import se.steget.access.Role;
import se.steget.core.Gender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ParticipantWebIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private ParticipantManagement participants;

	private UUID coach;

	private String lastName;

	@BeforeEach
	void setUp() {
		this.coach = this.data.user(Role.STAFF);
		this.lastName = TestData.unique("Efternamn");
	}

	@Test
	void registersAParticipantAndRedirectsToTheirPage() throws Exception {
		register(TestNumbers.next(), this.lastName, "0880").andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/participants/*"));
		assertThat(saved()).isEqualTo(1);
	}

	@Test
	void showsAnInvalidNumberNextToTheFieldAndKeepsTheInput() throws Exception {
		register("19850101-2383", this.lastName, "0880").andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"personalIdentityNumber-error\""),
					containsString("Ogiltigt personnummer"), containsString("value=\"19850101-2383\""),
					containsString("value=\"" + this.lastName + "\""))));
		assertThat(saved()).isZero();
	}

	@Test
	void refusesAPersonWhoAlreadyExists() throws Exception {
		String number = TestNumbers.next();
		register(number, this.lastName, "0880").andExpect(status().is3xxRedirection());
		register(number, this.lastName, "0880").andExpect(status().isOk())
			.andExpect(content().string(containsString("Numret är redan registrerat. Slå upp personen")));
		assertThat(saved()).isEqualTo(1);
	}

	@Test
	void refusesAnUnknownMunicipalityCode() throws Exception {
		register(TestNumbers.next(), this.lastName, "9999").andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"municipalityCode-error\""), containsString("Okänd kommunkod."))));
		assertThat(saved()).isZero();
	}

	@Test
	void refusesATooLongNameAndKeepsIt() throws Exception {
		String longName = "A".repeat(101);
		register(TestNumbers.next(), longName, "0880").andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"lastName-error\""),
					containsString("Högst 100 tecken."), containsString("value=\"" + longName + "\""))));
	}

	@Test
	void showsTheErrorsInEnglishWhenAsked() throws Exception {
		register("19850101-2383", this.lastName, "0880", "en").andExpect(status().isOk())
			.andExpect(content().string(containsString("Invalid personal identity or coordination number")));
	}

	@Test
	void refusesAFormWithoutItsCsrfToken() throws Exception {
		this.mvc
			.perform(post("/participants/new").with(user(this.data.login(this.coach)))
				.param("personalIdentityNumber", TestNumbers.next())
				.param("lastName", this.lastName))
			.andExpect(status().isForbidden());
		assertThat(saved()).isZero();
	}

	@Test
	void neverShowsTheNameOrNumberOfAProtectedPerson() throws Exception {
		var form = this.data.participantForm(Gender.WOMAN);
		form.setProtectedIdentity(true);
		UUID id = this.participants.register(form, this.data.scope(this.coach));
		String number = form.getPersonalIdentityNumber();
		var notShown = allOf(containsString("kydda"), not(containsString(form.getLastName())),
				not(containsString(number)), not(containsString(number.replace("-", ""))));

		for (String page : new String[] { "/participants/" + id, "/participants/" + id + "/edit", "/participants" }) {
			this.mvc.perform(get(page).with(user(this.data.login(this.coach))))
				.andExpect(status().isOk())
				.andExpect(content().string(notShown));
		}
	}

	@Test
	void hidesOtherStaffsParticipants() throws Exception {
		UUID id = this.data.participant(this.coach, Gender.MAN);
		UUID stranger = this.data.user(Role.STAFF);
		this.mvc.perform(get("/participants/" + id).with(user(this.data.login(stranger))))
			.andExpect(status().isNotFound());
	}

	@Test
	void keepsTheSteeringGroupAwayFromPeople() throws Exception {
		UUID steering = this.data.user(Role.STEERING_GROUP);
		this.mvc.perform(get("/participants").with(user(this.data.login(steering)))).andExpect(status().isForbidden());
	}

	private ResultActions register(String number, String lastName, String municipality) throws Exception {
		return register(number, lastName, municipality, "sv");
	}

	private ResultActions register(String number, String lastName, String municipality, String language)
			throws Exception {
		return this.mvc.perform(post("/participants/new").with(user(this.data.login(this.coach)))
			.with(csrf())
			.header("Accept-Language", language)
			.param("lang", language)
			.param("personalIdentityNumber", number)
			.param("firstName", "Testa")
			.param("lastName", lastName)
			.param("gender", "WOMAN")
			.param("municipalityCode", municipality));
	}

	private long saved() {
		return this.participants.search(this.lastName, 0, this.data.scope(this.coach)).getTotalElements();
	}

}
