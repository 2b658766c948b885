package se.steget.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.steget.webhook.WebhookMessage.DeliveryStatus;

/**
 * Delivers the outbox: every few seconds, on one instance at a time, each message that is
 * due is posted to its subscriber, signed, with its own {@code webhook-id} and the time
 * of the attempt; the answer decides what follows ({@link DeliveryRules}). Redirects are
 * not followed. Delivered and failed messages are removed once their time is out.
 */
@Component
class WebhookDelivery {

	private static final int BATCH = 100;

	private final JdbcClient jdbc;

	private final WebhookSubscriptions subscriptions;

	private final WebhookProperties properties;

	private final Clock clock;

	private final HttpClient http;

	WebhookDelivery(JdbcClient jdbc, WebhookSubscriptions subscriptions, WebhookProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.subscriptions = subscriptions;
		this.properties = properties;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	record Due(String id, UUID subscriptionId, String payload, int attempts) {
	}

	/**
	 * Delivers the messages that are due. Void: a run skipped because another instance
	 * holds the lock has nothing to return.
	 */
	@Scheduled(fixedDelayString = "${steget.webhook.poll:PT5S}", initialDelayString = "PT10S")
	@SchedulerLock(name = "webhook-delivery", lockAtMostFor = "PT10M")
	public void deliverDue() {
		List<Due> due = this.jdbc
			.sql("select m.id, m.subscription_id, m.payload, m.attempts from webhook_message m"
					+ " join webhook_subscription s on s.id = m.subscription_id"
					+ " where m.status = 'PENDING' and m.next_attempt_at <= ? and s.enabled = true"
					+ " order by m.next_attempt_at, m.id limit " + BATCH)
			.param(now())
			.query(Due.class)
			.list();
		if (due.isEmpty()) {
			return;
		}
		Map<UUID, WebhookSubscription> subscriptions = new HashMap<>();
		this.subscriptions.findAllById(due.stream().map(Due::subscriptionId).distinct().toList())
			.forEach((subscription) -> subscriptions.put(subscription.getId(), subscription));
		for (Due message : due) {
			WebhookSubscription subscription = subscriptions.get(message.subscriptionId());
			if (subscription != null) {
				deliver(message, subscription);
			}
		}
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	int removeOld() {
		return this.jdbc.sql("delete from webhook_message where status <> 'PENDING' and created_at < ?")
			.param(now().minus(this.properties.keptFor()))
			.update();
	}

	private void deliver(Due message, WebhookSubscription subscription) {
		long timestamp = this.clock.instant().getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.view().url()))
			.timeout(this.properties.timeout())
			.header("Content-Type", "application/json")
			.header("webhook-id", message.id())
			.header("webhook-timestamp", Long.toString(timestamp))
			.header("webhook-signature",
					WebhookSignature.header(message.id(), timestamp, message.payload(), subscription.secrets(now())))
			.POST(HttpRequest.BodyPublishers.ofString(message.payload()))
			.build();
		Integer answer = null;
		String error = null;
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			answer = response.statusCode();
			error = (answer >= 300) ? truncate(response.body()) : null;
		}
		catch (IOException | IllegalArgumentException ex) {
			error = truncate(ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		record(message, answer, error);
	}

	private void record(Due message, Integer answer, String error) {
		int attempts = message.attempts() + 1;
		DeliveryRules.Next next = DeliveryRules.after(attempts, answer, this.properties.retrySchedule());
		LocalDateTime now = now();
		this.jdbc
			.sql("update webhook_message set attempts = ?, last_attempt_at = ?, last_status = ?, last_error = ?,"
					+ " status = ?, next_attempt_at = ?, delivered_at = ? where id = ? and status = 'PENDING'")
			.params(attempts, now, answer, error, next.status().name(),
					(next.delay() != null) ? now.plus(next.delay()) : null,
					(next.status() == DeliveryStatus.DELIVERED) ? now : null, message.id())
			.update();
		if (next.gone()) {
			this.jdbc
				.sql("update webhook_subscription set enabled = false, disabled_reason = ?, version = version + 1"
						+ " where id = ?")
				.params("GONE", message.subscriptionId())
				.update();
		}
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
	}

	private static String truncate(String text) {
		return (text == null || text.length() <= 500) ? text : text.substring(0, 500);
	}

}
