package se.steget.core;

import java.util.function.Supplier;

import org.springframework.validation.BindingResult;

/**
 * Saving a page's form: the change runs only when the form is valid, and a refusal by the
 * domain ({@link RejectedInputException}) becomes an error next to the field it names, so
 * the page shows the form again with the user's input kept.
 */
public final class Forms {

	private Forms() {
	}

	/** Whether the form was valid and the change saved. */
	public static boolean saved(BindingResult result, Runnable change) {
		return created(result, () -> {
			change.run();
			return true;
		}) != null;
	}

	/** What the change returned (such as a new id), or null when the form was refused. */
	public static <T> T created(BindingResult result, Supplier<T> change) {
		if (result.hasErrors()) {
			return null;
		}
		try {
			return change.get();
		}
		catch (RejectedInputException ex) {
			ex.rejections().forEach((r) -> result.rejectValue(r.field(), r.messageKey(), r.args(), null));
			return null;
		}
	}

}
