package se.steget.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.steget.employer.VacancyFilled;
import se.steget.enrollment.ParticipantEnrolled;
import se.steget.enrollment.ParticipantExited;
import se.steget.imports.ImportFinished;
import se.steget.outcome.OutcomeRecorded;

/**
 * The changes other systems are told of, each written to the outbox as it is published:
 * in the change's transaction, so that a message goes out for every change that was
 * saved, and for no change that was not.
 */
@Component
class WebhookOutbox {

	private final WebhookManagement webhooks;

	WebhookOutbox(WebhookManagement webhooks) {
		this.webhooks = webhooks;
	}

	@EventListener
	void on(ParticipantEnrolled event) {
		this.webhooks.enqueue(WebhookEvent.ENROLLED, event.projectId(),
				data("enrollmentId", event.enrollmentId(), "projectId", event.projectId()));
	}

	@EventListener
	void on(ParticipantExited event) {
		this.webhooks.enqueue(WebhookEvent.EXITED, event.projectId(),
				data("enrollmentId", event.enrollmentId(), "projectId", event.projectId()));
	}

	@EventListener
	void on(OutcomeRecorded event) {
		Map<String, Object> data = data("enrollmentId", event.enrollmentId(), "projectId", event.projectId());
		data.put("outcomeId", event.outcomeId());
		this.webhooks.enqueue(WebhookEvent.OUTCOME_RECORDED, event.projectId(), data);
	}

	@EventListener
	void on(VacancyFilled event) {
		this.webhooks.enqueue(WebhookEvent.VACANCY_FILLED, null,
				data("vacancyId", event.vacancyId(), "employerId", event.employerId()));
	}

	@EventListener
	void on(ImportFinished event) {
		Map<String, Object> data = data("importId", event.importId(), "recordKind", event.recordKind());
		data.put("created", event.created());
		data.put("updated", event.updated());
		this.webhooks.enqueue(WebhookEvent.IMPORT_FINISHED, null, data);
	}

	private static Map<String, Object> data(String name, Object value, String otherName, Object otherValue) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put(name, value);
		data.put(otherName, otherValue);
		return data;
	}

}
