package se.steget.webhook;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How webhooks are delivered.
 *
 * @param retrySchedule the wait before each new attempt after a failed one; when it is
 * used up the message has failed (the Standard Webhooks schedule by default: 5 seconds, 5
 * and 30 minutes, 2, 5, 10 and 10 hours)
 * @param timeout how long a subscriber may take to answer
 * @param poll how often due messages are looked for
 * @param rotationOverlap how long a rotated secret still signs beside the new one
 * @param requireHttps whether a subscription's address must be https (off only for
 * development and tests)
 * @param keptFor how long delivered and failed messages are kept
 */
@ConfigurationProperties("steget.webhook")
public record WebhookProperties(List<Duration> retrySchedule, Duration timeout, Duration poll, Duration rotationOverlap,
		Boolean requireHttps, Duration keptFor) {

	public WebhookProperties {
		retrySchedule = (retrySchedule != null) ? List.copyOf(retrySchedule)
				: List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
						Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10));
		timeout = (timeout != null) ? timeout : Duration.ofSeconds(10);
		poll = (poll != null) ? poll : Duration.ofSeconds(5);
		rotationOverlap = (rotationOverlap != null) ? rotationOverlap : Duration.ofHours(24);
		requireHttps = (requireHttps != null) ? requireHttps : Boolean.TRUE;
		keptFor = (keptFor != null) ? keptFor : Duration.ofDays(30);
	}

}
