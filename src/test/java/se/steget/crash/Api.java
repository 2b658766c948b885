package se.steget.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Steget's API as one user calls it, counting the requests sent and not yet answered: a
 * kill while some are in flight is a kill in the middle of writes.
 */
final class Api {

	record Answer(int status, String location, String etag, boolean replayed, String body) {

		boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

	}

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String base;

	private final String authorization;

	private final AtomicInteger inFlight = new AtomicInteger();

	Api(String base, String username, String password) {
		this.base = base;
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	int inFlight() {
		return this.inFlight.get();
	}

	Answer get(String path) throws IOException, InterruptedException {
		return send(request(path).GET().build());
	}

	/**
	 * A write; {@code key} goes as the Idempotency-Key of a POST, as If-Match of a PUT.
	 */
	Answer write(String method, String path, String body, String key) throws IOException, InterruptedException {
		HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body));
		request.header("POST".equals(method) ? "Idempotency-Key" : "If-Match", key);
		return send(request.build());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", this.authorization)
			.header("Accept", "application/json");
	}

	private Answer send(HttpRequest request) throws IOException, InterruptedException {
		this.inFlight.incrementAndGet();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null),
					response.headers().firstValue("ETag").orElse(null),
					response.headers().firstValue("Idempotent-Replayed").isPresent(), response.body());
		}
		finally {
			this.inFlight.decrementAndGet();
		}
	}

}
