package se.steget.webhook;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A subscription as the page and the API send it. */
public record WebhookForm(
		@NotBlank(message = "{error.required}") @Size(max = 2000, message = "{error.tooLong}") String url,
		@Size(max = 200, message = "{error.tooLong}") String description, List<WebhookEvent> events, UUID projectId,
		Boolean enabled, Integer version) {

	static WebhookForm blank() {
		return new WebhookForm(null, null, List.of(WebhookEvent.values()), null, true, null);
	}

	static WebhookForm of(WebhookView webhook) {
		return new WebhookForm(webhook.url(), webhook.description(), webhook.events(), webhook.projectId(),
				webhook.enabled(), webhook.version());
	}

	public WebhookDetails details() {
		return new WebhookDetails(this.url, this.description, this.events, this.projectId,
				this.enabled == null || this.enabled);
	}

}
