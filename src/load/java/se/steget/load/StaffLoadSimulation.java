package se.steget.load;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Staff at work on generated data: each signs in as their own generated staff member and
 * starts work: opens the caseload, one of their participants, and logs a contact, with a
 * second or two between pages. When the last one has signed in, all of them work on for a
 * minute (the group "work"), and the goal is on each request of that minute. Signing in
 * and the work before that minute (the group "warm-up", while the server's compiler is
 * still at work) are reported but not part of the goal. Run against a running Steget (see
 * the README).
 */
public class StaffLoadSimulation extends Simulation {

	private static final String BASE = System.getProperty("steget.url", "http://localhost:8080");

	private static final int USERS = Integer.getInteger("steget.users", 200);

	private static final int SECONDS = Integer.getInteger("steget.seconds", 60);

	/**
	 * Staff sign in over this long: a sign-in checks a bcrypt hash on purpose slowly, and
	 * a working day does not start with everyone signing in within the same second.
	 */
	private static final int RAMP_SECONDS = Integer.getInteger("steget.ramp", 40);

	private static final long SEED = Long.getLong("steget.seed", 1);

	private static final String PASSWORD = "steget-bench-1";

	private static final String UUID = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";

	private final AtomicInteger next = new AtomicInteger();

	private final Instant workStarts = Instant.now().plusSeconds(RAMP_SECONDS + 5);

	private final Iterator<Map<String, Object>> staff = Stream
		.generate(() -> Map.<String, Object>of("username", "bench-" + SEED + "-" + this.next.getAndIncrement()))
		.iterator();

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE).disableFollowRedirect();

	private static final ChainBuilder ROUND = exec(
			http("caseload").get("/").check(regex("/participants/" + UUID).findRandom().saveAs("participant")),
			pause(), http("participant").get("/participants/#{participant}")
				.check(regex("/enrollments/" + UUID + "\"").saveAs("enrollment")),
			pause(),
			http("contacts").get("/enrollments/#{enrollment}/contacts")
				.check(css("form[action$=contacts] input[name=_csrf]", "value").saveAs("csrf")),
			http("log a contact").post("/enrollments/#{enrollment}/contacts")
				.formParam("_csrf", "#{csrf}")
				.formParam("contactedAt", LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).minusHours(1).toString())
				.formParam("channel", "PHONE")
				.formParam("kind", "SUPPORT_CONVERSATION")
				.formParam("durationMinutes", "20")
				.formParam("note", "Samtal om veckans plan")
				.check(status().is(302)),
			pause());

	private final ScenarioBuilder work = scenario("Staff at work").feed(this.staff)
		.exec(http("login page").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
		.exec(http("sign in").post("/login")
			.formParam("username", "#{username}")
			.formParam("password", PASSWORD)
			.formParam("_csrf", "#{csrf}")
			.check(status().is(302)))
		.exec(group("warm-up").on(asLongAs((session) -> Instant.now().isBefore(this.workStarts)).on(ROUND)))
		.exec(during(Duration.ofSeconds(SECONDS)).on(group("work").on(ROUND)));

	{
		setUp(this.work.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP_SECONDS))))
			.protocols(this.protocol)
			.assertions(details("work", "caseload").responseTime().percentile(95).lt(50),
					details("work", "participant").responseTime().percentile(95).lt(50),
					details("work", "contacts").responseTime().percentile(95).lt(50),
					details("work", "log a contact").responseTime().percentile(95).lt(50),
					global().failedRequests().count().is(0L));
	}

	private static ChainBuilder pause() {
		return exec(CoreDsl.pause(Duration.ofMillis(1000), Duration.ofMillis(2000)));
	}

}
