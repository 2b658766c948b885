package se.steget.webhook;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A subscription as pages and the API show it; its secret is shown only when made.
 *
 * @param previousSecretUntil until when the secret before the last rotation still signs
 */
public record WebhookView(UUID id, String url, String description, List<WebhookEvent> events, UUID projectId,
		boolean enabled, String disabledReason, java.time.LocalDateTime createdAt, LocalDateTime previousSecretUntil,
		Integer version) {
}
