package se.steget.webhook;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.core.StaleEditException;
import se.steget.core.StaleEdits;
import se.steget.webhook.WebhookMessage.DeliveryStatus;

/**
 * The subscriptions administrators manage, and the outbox: {@link #enqueue} writes a
 * message for each subscriber that wants the change, in the change's own transaction.
 */
@Service
public class WebhookManagement {

	private static final String MESSAGE_COLUMNS = "id, subscription_id, event_type, payload, created_at, status,"
			+ " attempts, next_attempt_at, last_attempt_at, last_status, last_error, delivered_at";

	private final WebhookSubscriptions subscriptions;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JsonMapper json;

	private final WebhookProperties properties;

	WebhookManagement(WebhookSubscriptions subscriptions, JdbcClient jdbc, Clock clock, JsonMapper json,
			WebhookProperties properties) {
		this.subscriptions = subscriptions;
		this.jdbc = jdbc;
		this.clock = clock;
		this.json = json;
		this.properties = properties;
	}

	/** A new subscription and its secret, which is shown this once. */
	public record Subscribed(UUID id, String secret) {
	}

	public List<WebhookView> list() {
		return this.subscriptions.findAll().stream().map(WebhookSubscription::view).toList();
	}

	public WebhookView get(UUID id) {
		return find(id).view();
	}

	@Transactional
	public Subscribed subscribe(WebhookDetails details) {
		var subscription = WebhookSubscription.subscribe(details, this.properties.requireHttps(), now());
		this.subscriptions.save(subscription);
		forgetEnabled();
		return new Subscribed(subscription.getId(), subscription.secrets(now()).get(0));
	}

	@Transactional
	public void change(UUID id, WebhookDetails details, Integer expectedVersion) {
		WebhookSubscription subscription = find(id);
		StaleEditException.check(expectedVersion, subscription.getVersion());
		subscription.change(details, this.properties.requireHttps());
		StaleEdits.refused(() -> this.subscriptions.save(subscription));
		forgetEnabled();
	}

	/** A new secret, shown this once; the old one signs beside it for the overlap. */
	@Transactional
	public String rotateSecret(UUID id, Integer expectedVersion) {
		WebhookSubscription subscription = find(id);
		StaleEditException.check(expectedVersion, subscription.getVersion());
		String secret = subscription.rotateSecret(this.properties.rotationOverlap(), now());
		StaleEdits.refused(() -> this.subscriptions.save(subscription));
		return secret;
	}

	@Transactional
	public void remove(UUID id, Integer expectedVersion) {
		WebhookSubscription subscription = find(id);
		StaleEditException.check(expectedVersion, subscription.getVersion());
		this.subscriptions.delete(subscription);
		forgetEnabled();
	}

	/** The subscription's messages, newest first; only those in one state if given. */
	public List<WebhookMessage> messages(UUID subscriptionId, DeliveryStatus status, int limit) {
		find(subscriptionId);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("id", subscriptionId);
		String inState = "";
		if (status != null) {
			inState = " and status = :status";
			params.put("status", status.name());
		}
		return this.jdbc
			.sql("select " + MESSAGE_COLUMNS + " from webhook_message where subscription_id = :id" + inState
					+ " order by created_at desc, id limit " + limit)
			.params(params)
			.query(WebhookMessage.class)
			.list();
	}

	/**
	 * Sends a failed message again, with its own {@code webhook-id}, from the start of
	 * the schedule; refused while its address is disabled.
	 */
	@Transactional
	public void replay(UUID subscriptionId, String messageId) {
		WebhookMessage message = this.jdbc
			.sql("select " + MESSAGE_COLUMNS + " from webhook_message where id = ? and subscription_id = ?")
			.params(messageId, subscriptionId)
			.query(WebhookMessage.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Webhook message"));
		if (message.status() != DeliveryStatus.FAILED) {
			throw new RejectedInputException("status", "error.webhookReplayNotFailed");
		}
		if (!find(subscriptionId).view().enabled()) {
			throw new RejectedInputException("status", "error.webhookReplayDisabled");
		}
		this.jdbc
			.sql("update webhook_message set status = 'PENDING', attempts = 0, next_attempt_at = ?"
					+ " where id = ? and status = 'FAILED'")
			.params(now(), messageId)
			.update();
	}

	/**
	 * Writes a message to every subscriber that wants this change of this project (null:
	 * a change of no project); thin: ids and the change's kind, nothing about the person.
	 */
	public void enqueue(WebhookEvent event, UUID projectId, Map<String, Object> data) {
		LocalDateTime now = now();
		for (WebhookSubscription subscription : enabled()) {
			if (!subscription.wants(event, projectId)) {
				continue;
			}
			String id = "msg_" + UUID.randomUUID().toString().replace("-", "");
			Map<String, Object> payload = new LinkedHashMap<>();
			payload.put("type", event.type());
			payload.put("timestamp", this.clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
			payload.put("data", data);
			this.jdbc
				.sql("insert into webhook_message (id, subscription_id, event_type, payload, created_at, status,"
						+ " attempts, next_attempt_at) values (?, ?, ?, ?, ?, 'PENDING', 0, ?)")
				.params(id, subscription.getId(), event.type(), this.json.writeValueAsString(payload), now, now)
				.update();
		}
	}

	/**
	 * The enabled subscriptions, read once in a transaction that enqueues many messages,
	 * such as an import's; a change of a subscription reads them again.
	 */
	@SuppressWarnings("unchecked")
	private List<WebhookSubscription> enabled() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return this.subscriptions.findByEnabledTrue();
		}
		var read = (List<WebhookSubscription>) TransactionSynchronizationManager.getResource(this);
		if (read == null) {
			read = this.subscriptions.findByEnabledTrue();
			TransactionSynchronizationManager.bindResource(this, read);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forgetEnabled();
				}
			});
		}
		return read;
	}

	private void forgetEnabled() {
		TransactionSynchronizationManager.unbindResourceIfPossible(this);
	}

	private WebhookSubscription find(UUID id) {
		return this.subscriptions.findById(id).orElseThrow(() -> new NotFoundException("Webhook"));
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
	}

}
