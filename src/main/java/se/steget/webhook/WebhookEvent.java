package se.steget.webhook;

/** The changes a subscriber can be told of, each with its name on the wire. */
public enum WebhookEvent {

	ENROLLED("enrollment.enrolled"), EXITED("enrollment.exited"), OUTCOME_RECORDED("outcome.recorded"),
	VACANCY_FILLED("vacancy.filled"), IMPORT_FINISHED("import.finished");

	private final String type;

	WebhookEvent(String type) {
		this.type = type;
	}

	/** The name in the payload's {@code type}. */
	public String type() {
		return this.type;
	}

}
