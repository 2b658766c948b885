package se.steget.webhook;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.steget.webhook.WebhookMessage.DeliveryStatus;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryRulesTests {

	private static final List<Duration> SCHEDULE = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5));

	@Test
	void anAcceptedMessageIsDelivered() {
		assertThat(DeliveryRules.after(1, 204, SCHEDULE).status()).isEqualTo(DeliveryStatus.DELIVERED);
	}

	@Test
	void aFailureWaitsTheScheduleAndFailsWhenItIsUsedUp() {
		assertThat(DeliveryRules.after(1, 500, SCHEDULE))
			.isEqualTo(new DeliveryRules.Next(DeliveryStatus.PENDING, Duration.ofSeconds(5), false));
		assertThat(DeliveryRules.after(2, null, SCHEDULE).delay()).isEqualTo(Duration.ofMinutes(5));
		assertThat(DeliveryRules.after(3, 503, SCHEDULE).status()).isEqualTo(DeliveryStatus.FAILED);
	}

	@Test
	void goneFailsAtOnceAndDisablesTheAddress() {
		assertThat(DeliveryRules.after(1, 410, SCHEDULE))
			.isEqualTo(new DeliveryRules.Next(DeliveryStatus.FAILED, null, true));
	}

	@Test
	void aRedirectIsNotFollowedAndCountsAsAFailure() {
		assertThat(DeliveryRules.after(1, 302, SCHEDULE).status()).isEqualTo(DeliveryStatus.PENDING);
	}

}
