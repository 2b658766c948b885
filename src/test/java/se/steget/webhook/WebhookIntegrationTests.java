package se.steget.webhook;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import se.steget.TestData;
import se.steget.access.Role;
import se.steget.core.Gender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Webhooks end to end: changes made through the API go out to a receiver in the test,
 * which checks every signature as a subscriber would.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WebhookIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestData data;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private WebhookDelivery delivery;

	@Autowired
	private WebhookManagement webhooks;

	@Autowired
	private TransactionTemplate transactions;

	private final List<HttpServer> receivers = new ArrayList<>();

	private final List<UUID> subscriptions = new ArrayList<>();

	@AfterEach
	void stopReceivers() {
		this.subscriptions
			.forEach((id) -> this.jdbc.sql("delete from webhook_subscription where id = ?").param(id).update());
		this.receivers.forEach((server) -> server.stop(0));
	}

	@Test
	void everyEventArrivesSignedAndExactlyOnceByIdThoughTheReceiverFailsTwiceFirst() throws Exception {
		Receiver receiver = receiver((attempt) -> (attempt <= 2) ? 500 : 200);
		UUID admin = this.data.user(Role.ADMINISTRATOR);
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		receiver.secret = subscribe(admin, receiver.url(), project);
		UUID enrollment = this.data.enroll(this.data.participant(coach, Gender.WOMAN), project, coach,
				TODAY.minusDays(20));
		as(coach, "/api/v1/enrollments/" + enrollment + "/exit",
				"{\"exitDate\": \"%s\", \"exitReason\": \"EMPLOYMENT\"}".formatted(TODAY));
		as(coach, "/api/v1/enrollments/" + enrollment + "/outcomes",
				"{\"observedOn\": \"%s\", \"kind\": \"EMPLOYMENT\", \"source\": \"PHONE_CALL\"}".formatted(TODAY));

		await(() -> receiver.accepted.size() == 3);
		assertThat(receiver.badSignatures).hasValue(0);
		assertThat(receiver.accepted.values()).containsOnly(1);
		assertThat(receiver.attempts.values()).containsOnly(3);
		assertThat(receiver.bodies).extracting((body) -> JsonPath.<String>read(body, "$.type"))
			.contains("enrollment.enrolled", "enrollment.exited", "outcome.recorded");
		assertThat(receiver.bodies).allSatisfy((body) -> {
			assertThat(JsonPath.<String>read(body, "$.data.enrollmentId")).isEqualTo(enrollment.toString());
			// a number standing alone, not digits that happen to fill the groups of a
			// UUID
			assertThat(body).doesNotContain("Testsson")
				.doesNotContainPattern("(?<![0-9a-f-])\\d{8}-?\\d{4}(?![0-9a-f-])");
		});
		Thread.sleep(1500);
		assertThat(receiver.attempts.values()).as("nothing more once accepted").containsOnly(3);
	}

	@Test
	void aFinishedImportIsToldWithItsCountsAndNoOneNamed() throws Exception {
		Receiver receiver = receiver((attempt) -> 200);
		UUID admin = this.data.user(Role.ADMINISTRATOR);
		UUID coach = this.data.user(Role.STAFF);
		String body = this.mvc
			.perform(post("/api/v1/webhooks").with(httpBasic(this.data.username(admin), TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"url\": \"%s\", \"events\": [\"IMPORT_FINISHED\"]}".formatted(receiver.url())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.subscriptions.add(UUID.fromString(JsonPath.read(body, "$.webhook.id")));
		receiver.secret = JsonPath.read(body, "$.secret");
		String number = se.steget.TestNumbers.next();
		String file = "Personnummer;Förnamn;Efternamn;Kön;Kommun\n" + number + ";Åsa;Importsson;K;Kalmar\n";
		String job = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/imports")
				.file(new org.springframework.mock.web.MockMultipartFile("file", "d.csv", "text/csv",
						file.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.with(httpBasic(this.data.username(coach), TestData.PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String importId = JsonPath.read(job, "$.id");
		as(coach, "/api/v1/imports/" + importId + "/commit", "");

		await(() -> receiver.accepted.size() == 1);
		assertThat(receiver.badSignatures).hasValue(0);
		String message = receiver.bodies.get(0);
		assertThat(JsonPath.<String>read(message, "$.type")).isEqualTo("import.finished");
		assertThat(JsonPath.<String>read(message, "$.data.importId")).isEqualTo(importId);
		assertThat(JsonPath.<Integer>read(message, "$.data.created")).isEqualTo(1);
		assertThat(message).doesNotContain("Importsson").doesNotContain(number.substring(0, 8));
	}

	@Test
	void aChangeThatIsUndoneSendsNothing() throws Exception {
		Receiver receiver = receiver((attempt) -> 200);
		UUID admin = this.data.user(Role.ADMINISTRATOR);
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		receiver.secret = subscribe(admin, receiver.url(), project);
		UUID participant = this.data.participant(coach, Gender.MAN);
		this.transactions.executeWithoutResult((tx) -> {
			this.data.enroll(participant, project, coach, TODAY.minusDays(3));
			tx.setRollbackOnly();
		});
		assertThat(messages(project)).isZero();
		this.data.enroll(participant, project, coach, TODAY.minusDays(3));
		assertThat(messages(project)).isOne();
	}

	@Test
	void aSubscriptionMadeOrChangedInTheMiddleOfATransactionCountsForWhatFollowsInIt() throws Exception {
		Receiver receiver = receiver((attempt) -> 200);
		UUID admin = this.data.user(Role.ADMINISTRATOR);
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		receiver.secret = subscribe(admin, receiver.url(), project);
		UUID first = this.subscriptions.get(this.subscriptions.size() - 1);
		this.transactions.executeWithoutResult((tx) -> {
			enroll(coach, project);
			var details = new WebhookDetails(receiver.url(), "Andra", List.of(WebhookEvent.ENROLLED), project, true);
			UUID second = this.webhooks.subscribe(details).id();
			this.subscriptions.add(second);
			enroll(coach, project);
			this.webhooks.change(first,
					new WebhookDetails(receiver.url(), "Testmottagare", List.of(WebhookEvent.ENROLLED), project, false),
					this.webhooks.get(first).version());
			enroll(coach, project);
		});
		assertThat(messagesTo(first)).isEqualTo(2);
		assertThat(messagesTo(this.subscriptions.get(this.subscriptions.size() - 1))).isEqualTo(2);
	}

	private void enroll(UUID coach, UUID project) {
		this.data.enroll(this.data.participant(coach, Gender.WOMAN), project, coach, TODAY.minusDays(3));
	}

	private long messagesTo(UUID subscription) {
		return this.jdbc.sql("select count(*) from webhook_message where subscription_id = ?")
			.param(subscription)
			.query(Long.class)
			.single();
	}

	@Test
	void anAddressThatAnswersGoneIsDisabledAndHearsNothingMore() throws Exception {
		Receiver receiver = receiver((attempt) -> 410);
		UUID admin = this.data.user(Role.ADMINISTRATOR);
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		receiver.secret = subscribe(admin, receiver.url(), project);
		UUID webhook = this.subscriptions.get(0);
		this.data.enroll(this.data.participant(coach, Gender.WOMAN), project, coach, TODAY.minusDays(5));
		await(() -> receiver.attempts.size() == 1);
		await(() -> !this.jdbc.sql("select enabled from webhook_subscription where id = ?")
			.param(webhook)
			.query(Boolean.class)
			.single());
		this.data.enroll(this.data.participant(coach, Gender.MAN), project, coach, TODAY.minusDays(5));
		this.delivery.deliverDue();
		Thread.sleep(1500);
		assertThat(receiver.attempts).hasSize(1);
		assertThat(receiver.attempts.values()).containsOnly(1);
		this.mvc.perform(get("/webhooks/" + webhook).with(user(this.data.login(admin))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("410")));
	}

	@Test
	void aMessageThatFailedEveryAttemptIsListedAndSentAgainWithItsOwnId() throws Exception {
		AtomicInteger mode = new AtomicInteger(500);
		Receiver receiver = receiver((attempt) -> mode.get());
		UUID admin = this.data.user(Role.ADMINISTRATOR);
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		receiver.secret = subscribe(admin, receiver.url(), project);
		UUID webhook = this.subscriptions.get(0);
		this.data.enroll(this.data.participant(coach, Gender.WOMAN), project, coach, TODAY.minusDays(5));
		// the test schedule waits three times: four attempts in all
		await(() -> failed(admin, webhook).size() == 1);
		String id = failed(admin, webhook).get(0);
		assertThat(receiver.attempts.get(id)).isEqualTo(4);
		mode.set(200);
		this.mvc
			.perform(post("/api/v1/webhooks/" + webhook + "/messages/" + id + "/replay")
				.with(httpBasic(this.data.username(admin), TestData.PASSWORD)))
			.andExpect(status().isAccepted());
		await(() -> receiver.accepted.containsKey(id));
		assertThat(failed(admin, webhook)).isEmpty();
		this.mvc
			.perform(post("/api/v1/webhooks/" + webhook + "/messages/" + id + "/replay")
				.with(httpBasic(this.data.username(admin), TestData.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
	}

	@Test
	void aRotatedSecretSignsBesideTheOldOneSoEitherVerifies() throws Exception {
		Receiver receiver = receiver((attempt) -> 200);
		UUID admin = this.data.user(Role.ADMINISTRATOR);
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		String old = subscribe(admin, receiver.url(), project);
		UUID webhook = this.subscriptions.get(0);
		MvcResult rotated = this.mvc
			.perform(post("/api/v1/webhooks/" + webhook + "/secret").header("If-Match", "\"0\"")
				.with(httpBasic(this.data.username(admin), TestData.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn();
		String current = JsonPath.read(rotated.getResponse().getContentAsString(), "$.secret");
		assertThat(current).startsWith("whsec_").isNotEqualTo(old);
		receiver.secret = old;
		this.data.enroll(this.data.participant(coach, Gender.WOMAN), project, coach, TODAY.minusDays(5));
		await(() -> receiver.accepted.size() == 1);
		assertThat(receiver.badSignatures).hasValue(0);
		assertThat(receiver.signatureHeaders.get(0).split(" ")).hasSize(2);
		String header = receiver.signatureHeaders.get(0);
		assertThat(WebhookSignature.verify(current, receiver.ids.get(0), receiver.timestamps.get(0),
				receiver.bodies.get(0), header, Instant.now()))
			.isTrue();
	}

	@Test
	void aBadSubscriptionNamesItsFieldsOnThePageAndInTheApi() throws Exception {
		UUID admin = this.data.user(Role.ADMINISTRATOR);
		this.mvc
			.perform(post("/api/v1/webhooks").with(httpBasic(this.data.username(admin), TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"url\": \"ftp://mottagare.example/krok\", \"events\": []}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("url", "events")));
		this.mvc
			.perform(post("/webhooks").with(user(this.data.login(admin)))
				.with(csrf())
				.param("url", "mottagare.example/krok")
				.param("description", "Kommunens system"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("id=\"url-error\""),
						org.hamcrest.Matchers.containsString("id=\"events-error\""),
						org.hamcrest.Matchers.containsString("value=\"mottagare.example/krok\""),
						org.hamcrest.Matchers.containsString("Kommunens system"))));
		assertThat(this.jdbc.sql("select count(*) from webhook_subscription where description = 'Kommunens system'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void onlyAdministratorsReachWebhooks() throws Exception {
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		this.mvc.perform(get("/webhooks").with(user(this.data.login(manager)))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/webhooks").with(httpBasic(this.data.username(manager), TestData.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	private String subscribe(UUID admin, String url, UUID project) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/v1/webhooks").with(httpBasic(this.data.username(admin), TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"url": "%s", "description": "Testmottagare", "projectId": "%s",
						 "events": ["ENROLLED", "EXITED", "OUTCOME_RECORDED", "VACANCY_FILLED"]}""".formatted(url,
						project)))
			.andExpect(status().isCreated())
			.andReturn();
		String body = result.getResponse().getContentAsString();
		this.subscriptions.add(UUID.fromString(JsonPath.read(body, "$.webhook.id")));
		return JsonPath.read(body, "$.secret");
	}

	private void as(UUID user, String path, String body) throws Exception {
		int answered = this.mvc
			.perform(post(path).with(httpBasic(this.data.username(user), TestData.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(answered).as(path).isBetween(200, 299);
	}

	private List<String> failed(UUID admin, UUID webhook) {
		try {
			String body = this.mvc
				.perform(get("/api/v1/webhooks/" + webhook + "/messages").param("status", "FAILED")
					.with(httpBasic(this.data.username(admin), TestData.PASSWORD)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			return JsonPath.read(body, "$[*].id");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long messages(UUID project) {
		return this.jdbc.sql("select count(*) from webhook_message where payload like ?")
			.param("%" + project + "%")
			.query(Long.class)
			.single();
	}

	/** Runs deliveries until the condition holds, for ten seconds at most. */
	private void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited ten seconds").isLessThan(deadline);
			this.delivery.deliverDue();
			Thread.sleep(50);
		}
	}

	private Receiver receiver(java.util.function.IntUnaryOperator answer) throws IOException {
		var receiver = new Receiver(answer);
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/krok", receiver::handle);
		server.start();
		receiver.port = server.getAddress().getPort();
		this.receivers.add(server);
		return receiver;
	}

	/**
	 * A subscriber: checks each signature, answers as told by the attempt's number for
	 * that {@code webhook-id}, and counts what it accepted by id.
	 */
	private static final class Receiver {

		private final java.util.function.IntUnaryOperator answer;

		private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

		private final Map<String, Integer> accepted = new ConcurrentHashMap<>();

		private final List<String> bodies = new CopyOnWriteArrayList<>();

		private final List<String> ids = new CopyOnWriteArrayList<>();

		private final List<String> timestamps = new CopyOnWriteArrayList<>();

		private final List<String> signatureHeaders = new CopyOnWriteArrayList<>();

		private final AtomicInteger badSignatures = new AtomicInteger();

		private volatile String secret;

		private int port;

		Receiver(java.util.function.IntUnaryOperator answer) {
			this.answer = answer;
		}

		String url() {
			return "http://127.0.0.1:" + this.port + "/krok";
		}

		void handle(HttpExchange exchange) throws IOException {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String id = exchange.getRequestHeaders().getFirst("webhook-id");
			String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
			String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
			int status;
			if (!WebhookSignature.verify(this.secret, id, timestamp, body, signature, Instant.now())) {
				this.badSignatures.incrementAndGet();
				status = 401;
			}
			else {
				status = this.answer.applyAsInt(this.attempts.merge(id, 1, Integer::sum));
				if (status == 200 && !this.accepted.containsKey(id)) {
					this.bodies.add(body);
					this.ids.add(id);
					this.timestamps.add(timestamp);
					this.signatureHeaders.add(signature);
				}
				if (status == 200) {
					this.accepted.merge(id, 1, Integer::sum);
				}
			}
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		}

	}

}
