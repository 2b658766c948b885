package se.steget.webhook;

import java.time.Instant;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The receiver's check of a signature, fuzzed: whatever the headers, the secret and the
 * body, it answers yes or no and never throws; what was signed verifies, and any other
 * body does not. Regression mode in every build; {@code JAZZER_FUZZ=1} explores.
 */
class WebhookSignatureFuzzTests {

	private static final Instant NOW = Instant.ofEpochSecond(1_796_000_000L);

	@FuzzTest(maxExecutions = 1_000_000)
	void aSignatureIsCheckedWithoutThrowing(FuzzedDataProvider data) {
		String secret = data.consumeString(60);
		String id = data.consumeString(40);
		String timestamp = data.consumeString(14);
		String signatures = data.consumeString(200);
		String body = data.consumeRemainingAsString();
		WebhookSignature.verify(secret, id, timestamp, body, signatures, NOW);
		String real = "whsec_" + java.util.Base64.getEncoder().encodeToString((secret + "!").getBytes());
		String header = WebhookSignature.header(id, NOW.getEpochSecond(), body, List.of(real));
		assertThat(WebhookSignature.verify(real, id, Long.toString(NOW.getEpochSecond()), body, header, NOW)).isTrue();
		assertThat(WebhookSignature.verify(real, id, Long.toString(NOW.getEpochSecond()), body + "x", header, NOW))
			.isFalse();
	}

}
