package se.steget.webhook;

import java.time.Duration;
import java.util.List;

import se.steget.webhook.WebhookMessage.DeliveryStatus;

/**
 * What follows an attempt to deliver a message: a 2xx answer delivers it; 410 Gone fails
 * it and disables the address; anything else, or no answer, waits the schedule's next
 * step, and fails the message once the schedule is used up.
 */
final class DeliveryRules {

	/** The message's next state, and for a retry how long to wait first. */
	record Next(DeliveryStatus status, Duration delay, boolean gone) {
	}

	private DeliveryRules() {
	}

	/**
	 * @param attempts the attempts made so far, this one included
	 * @param answer the subscriber's status code, null when it did not answer
	 */
	static Next after(int attempts, Integer answer, List<Duration> schedule) {
		if (answer != null && answer >= 200 && answer < 300) {
			return new Next(DeliveryStatus.DELIVERED, null, false);
		}
		if (answer != null && answer == 410) {
			return new Next(DeliveryStatus.FAILED, null, true);
		}
		if (attempts > schedule.size()) {
			return new Next(DeliveryStatus.FAILED, null, false);
		}
		return new Next(DeliveryStatus.PENDING, schedule.get(attempts - 1), false);
	}

}
