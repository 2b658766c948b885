package se.steget.webhook;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTests {

	private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";

	private static final String BODY = "{\"test\": 2432232314}";

	private static final Instant SENT = Instant.ofEpochSecond(1614265330);

	@Test
	void signsAsTheSpecificationsExampleDoes() {
		assertThat(WebhookSignature.header(ID, SENT.getEpochSecond(), BODY, List.of(SECRET)))
			.isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}

	@Test
	void aReceiverAcceptsAnyOfTheSignaturesSentDuringARotation() {
		String other = WebhookSignature.newSecret();
		String header = WebhookSignature.header(ID, SENT.getEpochSecond(), BODY, List.of(other, SECRET));
		assertThat(header.split(" ")).hasSize(2);
		assertThat(WebhookSignature.verify(SECRET, ID, "1614265330", BODY, header, SENT)).isTrue();
		assertThat(WebhookSignature.verify(other, ID, "1614265330", BODY, header, SENT.plusSeconds(299))).isTrue();
	}

	@Test
	void aChangedBodyIdOrTimeOrAnOldMessageIsRefused() {
		String header = WebhookSignature.header(ID, SENT.getEpochSecond(), BODY, List.of(SECRET));
		assertThat(WebhookSignature.verify(SECRET, ID, "1614265330", BODY + " ", header, SENT)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, ID + "x", "1614265330", BODY, header, SENT)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, ID, "1614265331", BODY, header, SENT)).isFalse();
		assertThat(WebhookSignature.verify(SECRET, ID, "1614265330", BODY, header, SENT.plusSeconds(301))).isFalse();
		assertThat(WebhookSignature.verify(WebhookSignature.newSecret(), ID, "1614265330", BODY, header, SENT))
			.isFalse();
		assertThat(WebhookSignature.verify(SECRET, ID, "soon", BODY, header, SENT)).isFalse();
		assertThat(WebhookSignature.verify("whsec_%%%", ID, "1614265330", BODY, header, SENT)).isFalse();
	}

}
