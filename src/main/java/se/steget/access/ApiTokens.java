package se.steget.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;

/**
 * Personal access tokens, so that an API client signs in with a bearer token that costs
 * one indexed look-up instead of a password hash per call. A user makes their own tokens;
 * a token is shown once, only its SHA-256 is kept, and it works until it expires or is
 * revoked. Spring Security's opaque-token support asks this class which user a token is.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens implements OpaqueTokenIntrospector {

	static final String PREFIX = "stg_";

	static final int MAX_DAYS = 365;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final UserAccounts accounts;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, UserAccounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * A new token for the user, valid for the days given; the answer is its only copy.
	 */
	@Transactional
	public String create(UUID userId, String name, Integer days) {
		String shown = (name == null) ? "" : name.strip();
		RejectedInputException.throwIfAny(refusals(shown, days));
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		this.jdbc
			.sql("insert into api_token (id, user_id, name, token_hash, created_at, expires_on)"
					+ " values (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), userId, shown, AuditLog.sha256(token), LocalDateTime.now(this.clock),
					LocalDate.now(this.clock).plusDays(days))
			.update();
		return token;
	}

	private static List<RejectedInputException> refusals(String name, Integer days) {
		List<RejectedInputException> found = new ArrayList<>();
		if (name.isEmpty()) {
			found.add(new RejectedInputException("name", "error.required"));
		}
		else if (name.length() > 100) {
			found.add(new RejectedInputException("name", "error.tooLong"));
		}
		if (days == null) {
			found.add(new RejectedInputException("days", "error.required"));
		}
		else if (days < 1 || days > MAX_DAYS) {
			found.add(new RejectedInputException("days", "error.tokenDays", MAX_DAYS));
		}
		return found;
	}

	/** The user's tokens, newest first, without their secrets. */
	public List<ApiTokenView> of(UUID userId) {
		return this.jdbc
			.sql("select id, name, created_at, expires_on, last_used_on, revoked_at from api_token where user_id = ?"
					+ " order by created_at desc")
			.param(userId)
			.query(ApiTokenView.class)
			.list();
	}

	/** Revokes one of the user's own tokens; another user's is not found. */
	@Transactional
	public void revoke(UUID userId, UUID tokenId) {
		int revoked = this.jdbc
			.sql("update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
			.params(LocalDateTime.now(this.clock), tokenId, userId)
			.update();
		if (revoked == 0 && of(userId).stream().noneMatch((t) -> t.id().equals(tokenId))) {
			throw new NotFoundException("Token");
		}
	}

	/**
	 * The signed-in user a bearer token stands for: an unknown, expired or revoked token,
	 * or one of a disabled account, is refused. It runs outside a transaction, so that a
	 * database out of reach is told apart from a bad token here, not in a proxy.
	 */
	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		try {
			return principalOf(token);
		}
		catch (DataAccessException | TransactionException ex) {
			// the token could not be checked, which is not the same as a bad one
			throw new TokenUnchecked(ex);
		}
	}

	private OAuth2AuthenticatedPrincipal principalOf(String token) {
		LocalDate today = LocalDate.now(this.clock);
		var found = this.jdbc
			.sql("select id, user_id, last_used_on from api_token where token_hash = ? and revoked_at is null"
					+ " and expires_on >= ?")
			.params(AuditLog.sha256(token), today)
			.query((rs,
					n) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
							rs.getObject(3, LocalDate.class) })
			.optional()
			.orElseThrow(() -> new BadOpaqueTokenException("Unknown, expired or revoked token"));
		if (!today.equals(found[2])) {
			this.jdbc.sql("update api_token set last_used_on = ? where id = ?").params(today, found[0]).update();
		}
		return this.accounts.findById((UUID) found[1])
			.filter(UserAccount::isEnabled)
			.map((account) -> new SignedInUser(account, true))
			.orElseThrow(() -> new BadOpaqueTokenException("No such account"));
	}

	/**
	 * A token that could not be checked, because the database is out of reach: not a
	 * service error (which the resource server rethrows as a 500) and not a bad token.
	 */
	static final class TokenUnchecked extends AuthenticationException {

		TokenUnchecked(Throwable cause) {
			super("The tokens cannot be read", cause);
		}

	}

}
