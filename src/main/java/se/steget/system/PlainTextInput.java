package se.steget.system;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import se.steget.core.PlainText;

/**
 * Every form of the pages and every body of the API is checked for text that is not
 * {@link PlainText plain}: such a field is refused next to itself with the user's input
 * kept, like any other invalid input, so that no control character or direction override
 * is stored or sent back into a page.
 */
@ControllerAdvice
class PlainTextInput {

	private static final PlainText.Fields PLAIN = new PlainText.Fields();

	/**
	 * A form the binder is still to construct has no target yet, and gets the check too.
	 */
	@InitBinder
	void checkPlainText(WebDataBinder binder) {
		Object target = binder.getTarget();
		if (target == null || PLAIN.supports(target.getClass())) {
			binder.addValidators(PLAIN);
		}
	}

}
