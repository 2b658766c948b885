package se.steget.webhook;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.steget.core.ETags;
import se.steget.webhook.WebhookMessage.DeliveryStatus;

/**
 * Webhook subscriptions and their messages, for administrators. The secret is in the
 * answer only when it is made: on subscribing and on rotating.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhookApiController {

	private static final int SHOWN = 200;

	private final WebhookManagement webhooks;

	WebhookApiController(WebhookManagement webhooks) {
		this.webhooks = webhooks;
	}

	/** A subscription with the secret that was just made for it. */
	record WithSecret(WebhookView webhook, String secret) {
	}

	@GetMapping
	List<WebhookView> list() {
		return this.webhooks.list();
	}

	@PostMapping
	ResponseEntity<WithSecret> subscribe(@Valid @RequestBody WebhookForm form) {
		WebhookManagement.Subscribed subscribed = this.webhooks.subscribe(form.details());
		WebhookView webhook = this.webhooks.get(subscribed.id());
		return ResponseEntity.created(URI.create("/api/v1/webhooks/" + subscribed.id()))
			.eTag(ETags.of(webhook.version()))
			.body(new WithSecret(webhook, subscribed.secret()));
	}

	@GetMapping("/{id}")
	ResponseEntity<WebhookView> show(@PathVariable UUID id) {
		WebhookView webhook = this.webhooks.get(id);
		return ResponseEntity.ok().eTag(ETags.of(webhook.version())).body(webhook);
	}

	@PutMapping("/{id}")
	ResponseEntity<WebhookView> change(@PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
			@Valid @RequestBody WebhookForm form) {
		this.webhooks.change(id, form.details(), ETags.expected(ifMatch));
		return show(id);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> remove(@PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
		this.webhooks.remove(id, ETags.expected(ifMatch));
		return ResponseEntity.noContent().build();
	}

	/** A new secret; the one before signs beside it for the overlap. */
	@PostMapping("/{id}/secret")
	ResponseEntity<WithSecret> rotateSecret(@PathVariable UUID id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		String secret = this.webhooks.rotateSecret(id, (ifMatch != null) ? ETags.expected(ifMatch) : null);
		WebhookView webhook = this.webhooks.get(id);
		return ResponseEntity.ok().eTag(ETags.of(webhook.version())).body(new WithSecret(webhook, secret));
	}

	@GetMapping("/{id}/messages")
	List<WebhookMessage> messages(@PathVariable UUID id, @RequestParam(required = false) DeliveryStatus status) {
		return this.webhooks.messages(id, status, SHOWN);
	}

	@PostMapping("/{id}/messages/{messageId}/replay")
	ResponseEntity<Void> replay(@PathVariable UUID id, @PathVariable String messageId) {
		this.webhooks.replay(id, messageId);
		return ResponseEntity.accepted().build();
	}

}
