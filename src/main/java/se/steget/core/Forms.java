package se.steget.core;

import java.util.function.Supplier;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

	/**
	 * Runs a change asked for by a button without a form of its own (a removal): the page
	 * it returns to says that it was saved, or why it was refused. Whether it was saved.
	 */
	public static boolean done(RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("saved", true);
			return true;
		}
		catch (RejectedInputException ex) {
			redirect.addFlashAttribute("refused", new Refusal(ex.messageKey(), ex.args()));
			return false;
		}
	}

	/** Why a change was refused, as the page shows it. */
	public record Refusal(String key, Object[] args) implements java.io.Serializable {
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
