package se.steget.webhook;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One message to one subscriber, as the delivery list shows it.
 *
 * @param id the {@code webhook-id}: the same on every attempt, so the subscriber can tell
 * a repeat
 */
public record WebhookMessage(String id, UUID subscriptionId, String eventType, String payload, LocalDateTime createdAt,
		DeliveryStatus status, int attempts, LocalDateTime nextAttemptAt, LocalDateTime lastAttemptAt,
		Integer lastStatus, String lastError, LocalDateTime deliveredAt) {

	/** Where a message is. */
	public enum DeliveryStatus {

		PENDING, DELIVERED, FAILED

	}

}
