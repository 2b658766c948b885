package se.steget.access;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Throttles guessing with an exponential delay instead of a lock, counted three ways in
 * the database (so on every instance): per account and client address together (3 free
 * tries, then 1, 2, 4 ... seconds up to 15 minutes), per client address over all accounts
 * (10 free, the same delays: guessing many accounts from one place), and per account over
 * all addresses (20 free, at most a minute). Someone who wants to keep another person out
 * must so send many failed logins from many addresses and can delay them by a minute at
 * most; the person's own address is not slowed by anyone else's failures. Counts are
 * forgotten an hour after the last failure, and a successful login clears the account's.
 * Unknown usernames are counted like known ones, so that the answer never tells which
 * exist.
 */
@Component
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	static final Rule PAIR = new Rule("pair:", 3, Duration.ofMinutes(15));

	static final Rule ADDRESS = new Rule("address:", 10, Duration.ofMinutes(15));

	static final Rule ACCOUNT = new Rule("account:", 20, Duration.ofMinutes(1));

	static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginAttempts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether a login with this username from the current client must wait. */
	boolean throttled(String username) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		return this.jdbc
			.sql("select count(*) from login_throttle where throttle_key in (:keys) and blocked_until > :now")
			.param("keys", keys(username, address()))
			.param("now", now)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Counts a wrong password. The answer stays a wrong password even when the count
	 * cannot be written (the database lost in between): the login is refused either way.
	 */
	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		String address = address();
		List<Rule> rules = List.of(PAIR, ADDRESS, ACCOUNT);
		List<String> keys = keys(username, address);
		try {
			for (int i = 0; i < rules.size(); i++) {
				count(keys.get(i), rules.get(i));
			}
		}
		catch (DataAccessException ex) {
			log.warn("A failed login could not be counted: {}", ex.getMessage());
		}
	}

	/**
	 * Forgets the failures of a login that succeeded. The person is who they said even
	 * when this cannot be written: the request goes on, and answers for itself if the
	 * database is gone.
	 */
	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		try {
			this.jdbc.sql("delete from login_throttle where throttle_key in (?, ?)")
				.params(PAIR.key(username, address()), ACCOUNT.key(username, address()))
				.update();
		}
		catch (DataAccessException ex) {
			log.warn("The failures before a login could not be forgotten: {}", ex.getMessage());
		}
	}

	/**
	 * Removes counts that are forgotten and no longer delay anyone, every quarter of an
	 * hour; removing twice is harmless, so every instance may run it.
	 */
	@Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT1M")
	int forget() {
		LocalDateTime now = LocalDateTime.now(this.clock);
		return this.jdbc
			.sql("delete from login_throttle where last_failure < ? and (blocked_until is null or blocked_until < ?)")
			.params(now.minus(FORGOTTEN_AFTER), now)
			.update();
	}

	private void count(String key, Rule rule) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		for (int attempt = 0; attempt < 3; attempt++) {
			Integer failures = this.jdbc
				.sql("select case when last_failure < ? then 0 else failures end from login_throttle"
						+ " where throttle_key = ?")
				.params(now.minus(FORGOTTEN_AFTER), key)
				.query(Integer.class)
				.optional()
				.orElse(null);
			int next = ((failures != null) ? failures : 0) + 1;
			LocalDateTime until = rule.blockedUntil(next, now);
			if (failures != null) {
				this.jdbc
					.sql("update login_throttle set failures = ?, last_failure = ?, blocked_until = ?"
							+ " where throttle_key = ?")
					.params(next, now, until, key)
					.update();
				return;
			}
			try {
				this.jdbc
					.sql("insert into login_throttle (throttle_key, failures, last_failure, blocked_until)"
							+ " values (?, ?, ?, ?)")
					.params(key, next, now, until)
					.update();
				return;
			}
			catch (DuplicateKeyException ex) {
				// another failure of the same key came first; count on top of it
			}
		}
	}

	private static List<String> keys(String username, String address) {
		return List.of(PAIR.key(username, address), ADDRESS.key(username, address), ACCOUNT.key(username, address));
	}

	/** The client's address, or "unknown" outside a request. */
	private static String address() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return "unknown";
	}

	/**
	 * One way of counting: this many failures are free, then each doubles the delay, up
	 * to the cap.
	 */
	record Rule(String prefix, int free, Duration cap) {

		String key(String username, String address) {
			String name = (username.length() > 100) ? username.substring(0, 100) : username;
			return switch (this.prefix) {
				case "pair:" -> this.prefix + name + "@" + address;
				case "address:" -> this.prefix + address;
				default -> this.prefix + name;
			};
		}

		LocalDateTime blockedUntil(int failures, LocalDateTime now) {
			if (failures <= this.free) {
				return null;
			}
			int doublings = Math.min(failures - this.free - 1, 20);
			Duration delay = Duration.ofSeconds(1L << doublings);
			return now.plus((delay.compareTo(this.cap) > 0) ? this.cap : delay);
		}

	}

}
