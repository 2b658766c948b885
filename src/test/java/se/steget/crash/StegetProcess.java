package se.steget.crash;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Steget's packaged jar as a process of its own on a PostgreSQL database: started, waited
 * for until it answers, and killed with SIGKILL. Writers wait on {@link #up()} while it
 * is down.
 */
final class StegetProcess {

	private final String jar;

	private final String database;

	private final int port;

	private final File log;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private volatile CompletableFuture<Void> up = new CompletableFuture<>();

	private Process process;

	StegetProcess(String jar, String database, int port, File log) {
		this.jar = jar;
		this.database = database;
		this.port = port;
		this.log = log;
	}

	String base() {
		return "http://127.0.0.1:" + this.port;
	}

	/** Done while Steget answers; replaced by an unfinished one when it is killed. */
	CompletableFuture<Void> up() {
		return this.up;
	}

	void start() throws IOException, InterruptedException {
		var builder = new ProcessBuilder(List.of("java", "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", this.jar,
				"--server.port=" + this.port, "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
		Map<String, String> env = builder.environment();
		env.put("STEGET_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + this.database);
		env.put("STEGET_DB_USER", "postgres");
		env.put("STEGET_DB_PASSWORD", "");
		env.put("STEGET_DEMO", "true");
		builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(this.log));
		this.process = builder.start();
		awaitHealthy();
	}

	/** Lets the writers go on. */
	void release() {
		this.up.complete(null);
	}

	/** SIGKILL: no shutdown hook, no connection closed in order. */
	void kill() throws InterruptedException {
		this.up = new CompletableFuture<>();
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	void stop() throws InterruptedException {
		if (this.process != null) {
			this.process.destroy();
			this.process.waitFor();
		}
	}

	private void awaitHealthy() throws InterruptedException {
		var health = HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).build();
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Steget stopped while starting: see " + this.log);
			}
			try {
				if (this.http.send(health, HttpResponse.BodyHandlers.ofString()).body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("Steget did not start within three minutes: see " + this.log);
	}

}
