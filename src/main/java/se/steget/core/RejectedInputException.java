package se.steget.core;

/**
 * Input that breaks a rule of the domain (a duplicate person, an exit before the start).
 * The field names the form field it belongs to, and the message key its text in the
 * bundles.
 */
public class RejectedInputException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public RejectedInputException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
