package se.steget.imports;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import se.steget.core.RejectedInputException;

/** The same constraints a form's page checks, checked on a form filled from a row. */
final class FormRules {

	private FormRules() {
	}

	/**
	 * Refuses the form on every field whose constraint it breaks, with the form's key.
	 */
	static <T> void refuseInvalid(Validator validator, T form) {
		List<RejectedInputException> refused = new ArrayList<>();
		for (ConstraintViolation<T> violation : validator.validate(form)) {
			String template = violation.getMessageTemplate();
			refused.add(new RejectedInputException(violation.getPropertyPath().toString(),
					template.startsWith("{") ? template.substring(1, template.length() - 1) : template));
		}
		RejectedInputException.throwIfAny(refused);
	}

}
