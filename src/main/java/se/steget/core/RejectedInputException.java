package se.steget.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Input that breaks a rule of the domain (a duplicate person, an exit before the start).
 * The field names the form field it belongs to, and the message key its text in the
 * bundles. One exception may carry several refusals, each on its own field, so that the
 * user sees every problem at once.
 */
public class RejectedInputException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Object[] args;

	private final List<RejectedInputException> others;

	public RejectedInputException(String field, String messageKey, Object... args) {
		this(field, messageKey, args, List.of());
	}

	private RejectedInputException(String field, String messageKey, Object[] args,
			List<RejectedInputException> others) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.args = args.clone();
		this.others = List.copyOf(others);
	}

	/** Throws the refusals found, all in one exception, if there are any. */
	public static void throwIfAny(List<RejectedInputException> found) {
		if (!found.isEmpty()) {
			RejectedInputException first = found.get(0);
			throw new RejectedInputException(first.field, first.messageKey, first.args, found.subList(1, found.size()));
		}
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

	/** Every refusal this exception carries, its own first. */
	public List<RejectedInputException> rejections() {
		List<RejectedInputException> all = new ArrayList<>();
		all.add(this);
		this.others.forEach((other) -> all.addAll(other.rejections()));
		return all;
	}

}
