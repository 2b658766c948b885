package se.steget.webhook;

import java.util.List;
import java.util.UUID;

/** What a subscription is: where, which changes, of which project (null: all). */
public record WebhookDetails(String url, String description, List<WebhookEvent> events, UUID projectId,
		boolean enabled) {

	public WebhookDetails {
		events = (events != null) ? List.copyOf(events) : List.of();
	}

}
