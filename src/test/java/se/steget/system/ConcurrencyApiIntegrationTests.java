package se.steget.system;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.steget.Races;
import se.steget.TestData;
import se.steget.TestNumbers;
import se.steget.access.Role;
import se.steget.core.Gender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Lost updates and retried creations through the API: strong ETags, a required
 * {@code If-Match} on changes, and {@code Idempotency-Key} on creating POSTs.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConcurrencyApiIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ExpiredKeys expired;

	@Test
	void aChangeWithoutIfMatchIsRefusedWith428() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID participant = this.data.participant(coach, Gender.WOMAN);
		this.mvc
			.perform(put("/api/v1/participants/" + participant).with(basic(coach))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(TestNumbers.next(), "Ny")))
			.andExpect(status().isPreconditionRequired())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aStaleIfMatchIsRefusedWith412AndTheCurrentOneSaves() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		String number = TestNumbers.next();
		UUID participant = created(coach, body(number, "Första"));
		String etag = this.mvc.perform(get("/api/v1/participants/" + participant).with(basic(coach)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andReturn()
			.getResponse()
			.getHeader("ETag");

		String next = this.mvc
			.perform(put("/api/v1/participants/" + participant).with(basic(coach))
				.header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(number, "Andra")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Andra Apisson"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(next).isEqualTo("\"1\"");

		this.mvc
			.perform(put("/api/v1/participants/" + participant).with(basic(coach))
				.header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(number, "Tredje")))
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("If-Match"));
		this.mvc.perform(get("/api/v1/participants/" + participant).with(basic(coach)))
			.andExpect(jsonPath("$.name").value("Andra Apisson"));
	}

	@Test
	void aProjectIsChangedAsOfItsETag() throws Exception {
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		UUID project = this.data.project(manager);
		String etag = this.mvc.perform(get("/api/v1/projects/" + project).with(basic(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		String body = """
				{"name": "%s", "phase": "IMPLEMENTATION", "periodStart": "2025-01-01", "periodEnd": "2027-12-31",
				 "municipalityCodes": ["0880"], "memberIds": ["%s"]}""".formatted(TestData.unique("Omdöpt"), manager);
		this.mvc
			.perform(put("/api/v1/projects/" + project).with(basic(manager))
				.header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isOk());
		this.mvc
			.perform(put("/api/v1/projects/" + project).with(basic(manager))
				.header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isPreconditionFailed());
	}

	@Test
	void aWeakTagNeverMatches() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		String number = TestNumbers.next();
		UUID participant = created(coach, body(number, "Svag"));
		this.mvc
			.perform(put("/api/v1/participants/" + participant).with(basic(coach))
				.header("If-Match", "W/\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(number, "Svagare")))
			.andExpect(status().isPreconditionFailed());
	}

	@Test
	void anUnknownChoiceNamesItsField() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		this.mvc
			.perform(post("/api/v1/participants").with(basic(coach))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(TestNumbers.next(), "Fel").replace("\"WOMAN\"", "\"WOMEN\"")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("gender"));
		this.mvc
			.perform(post("/api/v1/participants").with(basic(coach))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(TestNumbers.next(), "Fel").replace("\"gender\"",
						"\"monthsUnemployed\": \"many\", \"gender\"")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("monthsUnemployed"));
	}

	@Test
	void aRepeatedCreationWithTheSameKeyGetsTheSameAnswerAndMakesOneRecord() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		String number = TestNumbers.next();
		String key = UUID.randomUUID().toString();
		String first = this.mvc
			.perform(post("/api/v1/participants").with(basic(coach))
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(number, "En")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.mvc
			.perform(post("/api/v1/participants").with(basic(coach))
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(number, "En")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", first))
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.name").value("En Apisson"));
		assertThat(this.jdbc.sql("select count(*) from participant where personal_identity_number = ?")
			.param(number.replace("-", ""))
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void retriesWithOneKeyAtOnceMakeOneRecordAndAllGetItsAnswer() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		for (int round = 0; round < 5; round++) {
			String number = TestNumbers.next();
			String key = UUID.randomUUID().toString();
			List<String> locations = new CopyOnWriteArrayList<>();
			Callable<?> create = () -> locations.add(this.mvc
				.perform(post("/api/v1/participants").with(basic(coach))
					.header("Idempotency-Key", key)
					.contentType(MediaType.APPLICATION_JSON)
					.content(body(number, "Samtidig")))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getHeader("Location"));
			assertThat(Races.race(List.of(create, create, create))).containsOnlyNulls();
			assertThat(locations).hasSize(3).containsOnly(locations.get(0));
			assertThat(this.jdbc.sql("select count(*) from participant where personal_identity_number = ?")
				.param(number.replace("-", ""))
				.query(Long.class)
				.single()).isOne();
		}
	}

	@Test
	void aKeyReusedWithAnotherBodyIsRefusedWith422() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		String key = UUID.randomUUID().toString();
		this.mvc
			.perform(post("/api/v1/participants").with(basic(coach))
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(TestNumbers.next(), "Ett")))
			.andExpect(status().isCreated());
		String other = TestNumbers.next();
		this.mvc
			.perform(post("/api/v1/participants").with(basic(coach))
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(other, "Två")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(this.jdbc.sql("select count(*) from participant where personal_identity_number = ?")
			.param(other.replace("-", ""))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aRepeatWhileTheFirstStillRunsIsRefusedWith409() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		String key = UUID.randomUUID().toString();
		String body = body(TestNumbers.next(), "Pågår");
		this.jdbc
			.sql("insert into idempotency_key (username, idempotency_key, fingerprint, created_at)"
					+ " values (?, ?, ?, ?)")
			.params(this.data.username(coach), key,
					IdempotencyKeys.fingerprint("/api/v1/participants", MediaType.APPLICATION_JSON_VALUE,
							body.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
					LocalDateTime.now())
			.update();
		this.mvc
			.perform(post("/api/v1/participants").with(basic(coach))
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isConflict());
	}

	@Test
	void expiredKeysAreRemovedAndTheirKeyIsFreeAgain() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		String key = UUID.randomUUID().toString();
		this.jdbc
			.sql("insert into idempotency_key (username, idempotency_key, fingerprint, created_at, status)"
					+ " values (?, ?, ?, ?, 201)")
			.params(this.data.username(coach), key, "0".repeat(64), LocalDateTime.now().minusDays(2))
			.update();
		this.mvc
			.perform(post("/api/v1/participants").with(basic(coach))
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(TestNumbers.next(), "Ny")))
			.andExpect(status().isCreated())
			.andExpect(header().doesNotExist("Idempotent-Replayed"));
		String other = UUID.randomUUID().toString();
		this.jdbc
			.sql("insert into idempotency_key (username, idempotency_key, fingerprint, created_at) values (?, ?, ?, ?)")
			.params(this.data.username(coach), other, "0".repeat(64), LocalDateTime.now().minusDays(2))
			.update();
		assertThat(this.expired.remove()).isPositive();
		assertThat(this.jdbc.sql("select count(*) from idempotency_key where idempotency_key = ?")
			.param(other)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theSameKeyOfAnotherUserIsTheirOwn() throws Exception {
		UUID one = this.data.user(Role.STAFF);
		UUID two = this.data.user(Role.STAFF);
		String key = UUID.randomUUID().toString();
		this.mvc
			.perform(post("/api/v1/participants").with(basic(one))
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(TestNumbers.next(), "Egen")))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/v1/participants").with(basic(two))
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(TestNumbers.next(), "Annan")))
			.andExpect(status().isCreated())
			.andExpect(header().doesNotExist("Idempotent-Replayed"));
	}

	private UUID created(UUID user, String body) throws Exception {
		String location = this.mvc.perform(
				post("/api/v1/participants").with(basic(user)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private static String body(String number, String firstName) {
		return """
				{"personalIdentityNumber": "%s", "firstName": "%s", "lastName": "Apisson",
				 "gender": "WOMAN", "municipalityCode": "0880", "protectedIdentity": false}""".formatted(number,
				firstName);
	}

	@Test
	void anUploadRetriedWithTheSameKeyIsStoredOnceAndAnotherFileUnderTheKeyIsRefused() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID participant = this.data.participant(coach, Gender.WOMAN);
		this.data.enroll(participant, this.data.project(coach), coach, java.time.LocalDate.of(2026, 9, 1));
		String key = UUID.randomUUID().toString();
		var file = new org.springframework.mock.web.MockMultipartFile("file", "intyg.pdf", "application/pdf",
				"%PDF-1.4 intyg".getBytes());
		this.mvc.perform(upload(participant, file).with(basic(coach)).header("Idempotency-Key", key))
			.andExpect(status().isCreated())
			.andExpect(header().doesNotExist("Idempotent-Replayed"));
		this.mvc.perform(upload(participant, file).with(basic(coach)).header("Idempotency-Key", key))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"));
		var other = new org.springframework.mock.web.MockMultipartFile("file", "intyg.pdf", "application/pdf",
				"%PDF-1.4 ett annat intyg".getBytes());
		this.mvc.perform(upload(participant, other).with(basic(coach)).header("Idempotency-Key", key))
			.andExpect(status().isUnprocessableContent());
		assertThat(this.jdbc.sql("select count(*) from document where participant_id = ?")
			.param(participant)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	/** An upload as a browser or client sends it: a part with a file name. */
	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(UUID participant,
			org.springframework.mock.web.MockMultipartFile file) throws java.io.IOException {
		var part = new org.springframework.mock.web.MockPart(file.getName(), file.getOriginalFilename(),
				file.getBytes(), MediaType.APPLICATION_PDF);
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/api/v1/participants/{id}/documents", participant)
			.part(part);
	}

	private RequestPostProcessor basic(UUID user) {
		return httpBasic(this.data.username(user), TestData.PASSWORD);
	}

}
