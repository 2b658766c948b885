package se.steget.system;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes the kept answers of idempotency keys once their time is out, every quarter of
 * an hour: they may hold personal data and must not outlive it. Removing twice is
 * harmless, so every instance may run it.
 */
@Component
class ExpiredKeys {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final IdempotencyProperties properties;

	ExpiredKeys(JdbcClient jdbc, Clock clock, IdempotencyProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT1M")
	int remove() {
		return this.jdbc.sql("delete from idempotency_key where created_at < ?")
			.param(LocalDateTime.now(this.clock).minus(this.properties.idempotencyKeyLifetime()))
			.update();
	}

}
