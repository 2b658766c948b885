package se.steget.core;

/**
 * Input that breaks a rule of the domain (a duplicate person, an exit before the start).
 * The field names the form field it belongs to, and the message key its text in the
 * bundles.
 */
public class RejectedInputException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Object[] args;

	public RejectedInputException(String field, String messageKey, Object... args) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.args = args.clone();
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	/** The values the message text shows, such as a day limit. */
	public Object[] args() {
		return this.args.clone();
	}

}
