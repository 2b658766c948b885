package se.steget.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature: HMAC-SHA256 over {@code id.timestamp.body} with the
 * secret's bytes (base64 after {@code whsec_}), sent as {@code v1,<base64>}; several
 * signatures, space-separated, while a secret is being rotated. The receiver's check is
 * here too, for the tests and for subscribers written in Java.
 */
public final class WebhookSignature {

	/** How far a timestamp may be from the receiver's clock, either way. */
	public static final Duration TOLERANCE = Duration.ofMinutes(5);

	private static final String PREFIX = "whsec_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private WebhookSignature() {
	}

	/** A new secret: 32 random bytes. */
	public static String newSecret() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return PREFIX + Base64.getEncoder().encodeToString(key);
	}

	/** The {@code webhook-signature} header for the message, one signature per secret. */
	public static String header(String id, long timestamp, String body, List<String> secrets) {
		return String.join(" ", secrets.stream().map((secret) -> "v1," + sign(id, timestamp, body, secret)).toList());
	}

	/**
	 * Whether the headers are a valid signature of the body by the secret, sent within
	 * the tolerance of {@code now}. Anything malformed is simply not valid.
	 */
	public static boolean verify(String secret, String id, String timestamp, String body, String signatures,
			Instant now) {
		if (secret == null || id == null || timestamp == null || body == null || signatures == null
				|| !timestamp.matches("\\d{1,12}")) {
			return false;
		}
		long sent = Long.parseLong(timestamp);
		if (Math.abs(now.getEpochSecond() - sent) > TOLERANCE.toSeconds()) {
			return false;
		}
		byte[] expected;
		try {
			expected = sign(id, sent, body, secret).getBytes(StandardCharsets.US_ASCII);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		for (String signature : signatures.split(" ")) {
			if (signature.startsWith("v1,")
					&& MessageDigest.isEqual(expected, signature.substring(3).getBytes(StandardCharsets.US_ASCII))) {
				return true;
			}
		}
		return false;
	}

	static String sign(String id, long timestamp, String body, String secret) {
		try {
			Mac hmac = Mac.getInstance("HmacSHA256");
			hmac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
			byte[] signed = hmac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(signed);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] key(String secret) {
		byte[] key = secret.startsWith(PREFIX) ? Base64.getDecoder().decode(secret.substring(PREFIX.length()))
				: secret.getBytes(StandardCharsets.UTF_8);
		if (key.length == 0) {
			throw new IllegalArgumentException("An empty secret");
		}
		return key;
	}

}
