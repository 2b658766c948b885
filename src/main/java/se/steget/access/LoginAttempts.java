package se.steget.access;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles guessing: after five failed logins in a row a username is locked for fifteen
 * minutes, on every instance; a successful login starts the count again.
 */
@Component
class LoginAttempts {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginAttempts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	boolean locked(String username) {
		return this.jdbc.sql("select locked_until from login_attempt where username = ?")
			.param(username)
			.query(LocalDateTime.class)
			.optional()
			.filter((until) -> until.isAfter(LocalDateTime.now(this.clock)))
			.isPresent();
	}

	@EventListener
	@Transactional
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		int failures = this.jdbc.sql("select failures from login_attempt where username = ?")
			.param(username)
			.query(Integer.class)
			.optional()
			.orElse(0) + 1;
		LocalDateTime until = (failures >= MAX_FAILURES) ? LocalDateTime.now(this.clock).plus(LOCK) : null;
		this.jdbc.sql("delete from login_attempt where username = ?").param(username).update();
		this.jdbc.sql("insert into login_attempt (username, failures, locked_until) values (?, ?, ?)")
			.params(username, (until != null) ? 0 : failures, until)
			.update();
	}

	@EventListener
	@Transactional
	void succeeded(AuthenticationSuccessEvent event) {
		this.jdbc.sql("delete from login_attempt where username = ?")
			.param(event.getAuthentication().getName())
			.update();
	}

}
