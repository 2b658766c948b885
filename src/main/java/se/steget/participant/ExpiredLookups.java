package se.steget.participant;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes look-ups once they no longer let anyone enroll the person, every quarter of an
 * hour: the audit log keeps who looked whom up and why, so the reason need not stay
 * beside the person. Removing twice is harmless, so every instance may run it.
 */
@Component
class ExpiredLookups {

	private final JdbcClient jdbc;

	private final Clock clock;

	ExpiredLookups(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT1M")
	int remove() {
		return this.jdbc.sql("delete from participant_lookup where looked_up_at < ?")
			.param(LocalDateTime.now(this.clock).minusHours(ParticipantManagement.LOOKUP_VALID_HOURS))
			.update();
	}

}
