package se.steget.load;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * API clients with personal access tokens: generated staff sign in once each, make a
 * token on their token page and note their caseload's participants; then requests arrive
 * at a fixed rate (200 a second by default), each with one client's bearer token, half
 * reading one of its participants and half its first page of cases. After a warm-up of
 * {@code steget.warmup} seconds, the goal is on each request of the next
 * {@code steget.seconds}. Run against a running Steget (see the README):
 * {@code mvn -P load gatling:test -Dgatling.simulationClass=se.steget.load.ApiLoadSimulation}.
 */
public class ApiLoadSimulation extends Simulation {

	private static final String BASE = System.getProperty("steget.url", "http://localhost:8080");

	private static final int CLIENTS = Integer.getInteger("steget.clients", 40);

	private static final int RATE = Integer.getInteger("steget.rate", 200);

	private static final int WARM_UP = Integer.getInteger("steget.warmup", 30);

	private static final int SECONDS = Integer.getInteger("steget.seconds", 60);

	private static final long SEED = Long.getLong("steget.seed", 1);

	private static final String UUID = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";

	private static final List<Client> READY = new CopyOnWriteArrayList<>();

	private static final AtomicReference<Instant> WORK_STARTS = new AtomicReference<>();

	private final AtomicInteger next = new AtomicInteger();

	private final Iterator<Map<String, Object>> staff = Stream
		.generate(() -> Map.<String, Object>of("username", "bench-" + SEED + "-" + this.next.getAndIncrement()))
		.iterator();

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE).disableFollowRedirect();

	private final ScenarioBuilder clients = scenario("Clients get their tokens").feed(this.staff)
		.exec(http("login page").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
		.exec(http("sign in").post("/login")
			.formParam("username", "#{username}")
			.formParam("password", "steget-bench-1")
			.formParam("_csrf", "#{csrf}")
			.check(status().is(302)))
		.exec(http("caseload").get("/").check(regex("/participants/" + UUID).findAll().saveAs("participants")))
		.exec(http("token page").get("/account/tokens")
			.check(css("form[action$=tokens] input[name=_csrf]", "value").saveAs("csrf")))
		.exec(http("make a token").post("/account/tokens")
			.formParam("_csrf", "#{csrf}")
			.formParam("name", "Belastningstest")
			.formParam("days", "1")
			.check(regex("(stg_[A-Za-z0-9_-]{43})").saveAs("token")))
		.exec((session) -> {
			READY.add(new Client(session.getString("token"), session.getList("participants")));
			return session;
		});

	private static final ChainBuilder CALL = exec(ApiLoadSimulation::pick)
		.doIfOrElse((session) -> session.getBoolean("readOne"))
		.then(exec(http("participant").get("/api/v1/participants/#{participant}")
			.header("Authorization", "Bearer #{token}")
			.check(status().is(200))))
		.orElse(exec(
				http("cases").get("/api/v1/enrollments").header("Authorization", "Bearer #{token}").check(status().is(200))));

	private final ScenarioBuilder calls = scenario("API calls with tokens")
		.doIfOrElse((session) -> Instant.now().isBefore(workStarts()))
		.then(group("warm-up").on(CALL))
		.orElse(group("work").on(CALL));

	{
		setUp(this.clients.injectOpen(rampUsers(CLIENTS).during(Duration.ofSeconds(20)))
			.andThen(this.calls.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(WARM_UP + SECONDS)))))
			.protocols(this.protocol)
			.assertions(details("work", "participant").responseTime().percentile(95).lt(50),
					details("work", "cases").responseTime().percentile(95).lt(50),
					global().failedRequests().count().is(0L));
	}

	private static Instant workStarts() {
		return WORK_STARTS.updateAndGet((at) -> (at != null) ? at : Instant.now().plusSeconds(WARM_UP));
	}

	private static Session pick(Session session) {
		var random = ThreadLocalRandom.current();
		Client client = READY.get(random.nextInt(READY.size()));
		Object participant = client.participants().get(random.nextInt(client.participants().size()));
		return session.set("token", client.token())
			.set("participant", participant)
			.set("readOne", random.nextBoolean());
	}

	record Client(String token, List<Object> participants) {
	}

}
