package se.steget.access;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Metrics served on a management port of their own are read there without signing in (as
 * the soak's sampler and a metrics scraper do), and are not served on the application's
 * port at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "management.server.port=0",
		"management.server.address=127.0.0.1", "management.endpoints.web.exposure.include=health,metrics" })
class OperationsEndpointsIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@Test
	void metricsAreOpenOnTheManagementPortAndAbsentFromTheApplicationsPort() throws Exception {
		HttpResponse<String> heap = get(this.managementPort, "/actuator/metrics/jvm.memory.used?tag=area:heap");
		assertThat(heap.statusCode()).isEqualTo(200);
		assertThat(heap.body()).contains("\"name\":\"jvm.memory.used\"").contains("\"statistic\":\"VALUE\"");

		HttpResponse<String> onTheApplication = get(this.port, "/actuator/metrics/jvm.memory.used");
		assertThat(onTheApplication.statusCode()).isNotEqualTo(200);
		assertThat(onTheApplication.body()).doesNotContain("jvm.memory.used");
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
