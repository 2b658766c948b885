package se.steget.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Waits for a job's check or import, run in the background, to end. */
final class Runs {

	private static final Duration AT_MOST = Duration.ofSeconds(60);

	private Runs() {
	}

	/** The job's status once it is no longer checking or importing. */
	static ImportStatus settled(JdbcClient jdbc, UUID id) {
		Instant until = Instant.now().plus(AT_MOST);
		while (Instant.now().isBefore(until)) {
			ImportStatus status = ImportStatus
				.valueOf(jdbc.sql("select status from import_job where id = ?").param(id).query(String.class).single());
			if (!status.busy()) {
				return status;
			}
			try {
				Thread.sleep(25);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("Import " + id + " still running after " + AT_MOST);
	}

}
