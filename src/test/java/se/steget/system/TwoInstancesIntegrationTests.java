package se.steget.system;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import se.steget.StegetApplication;
import se.steget.TestData;
import se.steget.access.AccessManagement;
import se.steget.access.Role;
import se.steget.access.StaffFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of Steget on one database, as behind a load balancer: each its own
 * application context and web server, sharing nothing but the database. A user who signs
 * in on one is still signed in on the other, and the nightly job runs on one of them
 * only.
 */
class TwoInstancesIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		first = start();
		second = start();
	}

	@AfterAll
	static void stopThem() {
		second.close();
		first.close();
	}

	@Test
	void aSignedInUserKeepsTheirSessionOnTheOtherInstance() throws Exception {
		String username = TestData.unique("tva-instanser").toLowerCase();
		first.getBean(AccessManagement.class)
			.createUser(username, TestData.PASSWORD, "Två Instanser", Role.STAFF, StaffFunction.COACH);
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		String loginPage = browser.send(get(first, "/login"), HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = CSRF.matcher(loginPage);
		assertThat(token.find()).isTrue();
		HttpResponse<String> signedIn = browser.send(
				post(first, "/login",
						"username=" + username + "&password=" + TestData.PASSWORD + "&_csrf=" + encode(token.group(1))),
				HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));

		HttpResponse<String> onTheOther = browser.send(get(second, "/"), HttpResponse.BodyHandlers.ofString());
		assertThat(onTheOther.statusCode()).isEqualTo(200);
		assertThat(onTheOther.body()).contains("Två Instanser").doesNotContain("name=\"password\"");

		HttpResponse<String> stranger = HttpClient.newHttpClient()
			.send(get(second, "/"), HttpResponse.BodyHandlers.ofString());
		assertThat(stranger.statusCode()).isEqualTo(302);
	}

	@Test
	void theNightlyJobRunsOnOneInstanceOnly() {
		JdbcClient jdbc = first.getBean(JdbcClient.class);
		long runsBefore = jdbc.sql("select count(*) from retention_run").query(Long.class).single();

		List<CompletableFuture<Void>> nights = List.of(CompletableFuture.runAsync(nightlyJob(first)),
				CompletableFuture.runAsync(nightlyJob(second)));
		nights.forEach(CompletableFuture::join);
		nightlyJob(second).run();

		assertThat(jdbc.sql("select count(*) from retention_run").query(Long.class).single()).isEqualTo(runsBefore + 1);
		assertThat(jdbc.sql("select count(*) from shedlock where name = 'retention'").query(Long.class).single())
			.isOne();
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(StegetApplication.class).profiles("test")
			.properties("server.port=0", "steget.demo.enabled=false")
			.run();
	}

	/** The job as the instance's scheduler would run it at night. */
	private static Runnable nightlyJob(ConfigurableApplicationContext instance) {
		return instance.getBeansOfType(ScheduledTaskHolder.class)
			.values()
			.stream()
			.flatMap((holder) -> holder.getScheduledTasks().stream())
			.map(ScheduledTask::getTask)
			.filter((task) -> task.toString().contains("RetentionSchedule"))
			.findFirst()
			.orElseThrow()
			.getRunnable();
	}

	private static HttpRequest get(ConfigurableApplicationContext instance, String path) {
		return HttpRequest.newBuilder(uri(instance, path)).GET().build();
	}

	private static HttpRequest post(ConfigurableApplicationContext instance, String path, String form) {
		return HttpRequest.newBuilder(uri(instance, path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
	}

	private static URI uri(ConfigurableApplicationContext instance, String path) {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		return URI.create("http://localhost:" + port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
