package se.steget.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import se.steget.core.RejectedInputException;

/**
 * Where an administrator asked Steget to send which changes, with the secret that signs
 * them. An address that answers 410 Gone is disabled until someone enables it again.
 */
class WebhookSubscription {

	@Id
	private UUID id;

	private String url;

	private String description;

	private String eventTypes;

	private UUID projectId;

	private String secret;

	private String previousSecret;

	private LocalDateTime previousSecretUntil;

	private boolean enabled;

	private String disabledReason;

	private LocalDateTime createdAt;

	@Version
	private Integer version;

	WebhookSubscription() {
	}

	static WebhookSubscription subscribe(WebhookDetails details, boolean requireHttps, LocalDateTime now) {
		var subscription = new WebhookSubscription();
		subscription.id = UUID.randomUUID();
		subscription.secret = WebhookSignature.newSecret();
		subscription.createdAt = now;
		subscription.change(details, requireHttps);
		return subscription;
	}

	/** Changes what is sent where; every refusal is reported at once. */
	void change(WebhookDetails details, boolean requireHttps) {
		RejectedInputException.throwIfAny(refusals(details, requireHttps));
		this.url = details.url().strip();
		this.description = (details.description() == null || details.description().isBlank()) ? null
				: details.description().strip();
		this.eventTypes = details.events().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.projectId = details.projectId();
		if (details.enabled() && !this.enabled) {
			this.disabledReason = null;
		}
		this.enabled = details.enabled();
	}

	/**
	 * A new secret; the one before it goes on signing beside it for the overlap, so that
	 * the subscriber can change over without losing a message.
	 */
	String rotateSecret(Duration overlap, LocalDateTime now) {
		this.previousSecret = this.secret;
		this.previousSecretUntil = now.plus(overlap);
		this.secret = WebhookSignature.newSecret();
		return this.secret;
	}

	/** The secrets that sign a message sent now: the new one first. */
	List<String> secrets(LocalDateTime now) {
		boolean overlapping = this.previousSecret != null && now.isBefore(this.previousSecretUntil);
		return overlapping ? List.of(this.secret, this.previousSecret) : List.of(this.secret);
	}

	boolean wants(WebhookEvent event, UUID project) {
		return this.enabled && events().contains(event) && (this.projectId == null || this.projectId.equals(project));
	}

	Set<WebhookEvent> events() {
		Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
		Arrays.stream(this.eventTypes.split(",")).map(WebhookEvent::valueOf).forEach(events::add);
		return events;
	}

	WebhookView view() {
		return new WebhookView(this.id, this.url, this.description, List.copyOf(events()), this.projectId, this.enabled,
				this.disabledReason, this.createdAt, this.previousSecretUntil, this.version);
	}

	UUID getId() {
		return this.id;
	}

	Integer getVersion() {
		return this.version;
	}

	private static List<RejectedInputException> refusals(WebhookDetails details, boolean requireHttps) {
		List<RejectedInputException> found = new ArrayList<>();
		if (!addressable(details.url(), requireHttps)) {
			found.add(new RejectedInputException("url", requireHttps ? "error.webhookUrlHttps" : "error.webhookUrl"));
		}
		if (details.events().isEmpty()) {
			found.add(new RejectedInputException("events", "error.webhookEvents"));
		}
		return found;
	}

	/** An absolute http(s) address with a host and no credentials in it. */
	static boolean addressable(String url, boolean requireHttps) {
		if (url == null || url.isBlank() || url.length() > 2000) {
			return false;
		}
		try {
			URI uri = new URI(url.strip());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			boolean allowed = scheme.equals("https") || (!requireHttps && scheme.equals("http"));
			return allowed && uri.getHost() != null && uri.getUserInfo() == null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
