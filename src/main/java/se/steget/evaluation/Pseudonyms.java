package se.steget.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns a participant into a pseudonym: an HMAC-SHA256 of their id under a secret kept in
 * the database. The same person gets the same pseudonym in every extract, so an evaluator
 * can follow them between projects and over time, but without the secret nobody can go
 * back from the pseudonym to the person.
 */
@Component
class Pseudonyms {

	private static final int SHOWN_HEX_DIGITS = 16;

	private final JdbcClient jdbc;

	Pseudonyms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A pseudonym maker for one extract, with the secret read once. */
	Pseudonymiser pseudonymiser() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(HexFormat.of().parseHex(secret()), "HmacSHA256"));
			return (text) -> HexFormat.of()
				.formatHex(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)))
				.substring(0, SHOWN_HEX_DIGITS);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is missing from the JVM", ex);
		}
	}

	/** The secret, made on first use; two instances starting together agree on one. */
	private String secret() {
		return this.jdbc.sql("select secret from pseudonym_key where id = 1")
			.query(String.class)
			.optional()
			.orElseGet(this::makeSecret);
	}

	private String makeSecret() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		try {
			this.jdbc.sql("insert into pseudonym_key (id, secret) values (1, ?)")
				.param(HexFormat.of().formatHex(secret))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// Another instance made it first; its secret is the one.
		}
		return this.jdbc.sql("select secret from pseudonym_key where id = 1").query(String.class).single();
	}

	/**
	 * Makes pseudonyms with one secret: of a participant by their id, of a person in a
	 * comparison group by their personal identity number (twelve digits, behind a prefix
	 * so that the two can never meet).
	 */
	interface Pseudonymiser {

		String ofText(String text);

		default String of(UUID participantId) {
			return ofText(participantId.toString());
		}

		default String ofNumber(String personalIdentityNumber) {
			return ofText("pin:" + personalIdentityNumber);
		}

	}

}
