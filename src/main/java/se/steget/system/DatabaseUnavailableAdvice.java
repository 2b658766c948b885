package se.steget.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import se.steget.core.DatabaseUnavailable;

/**
 * A page or API call that finds the database out of reach answers 503, never a 500 that
 * would hide whether anything was saved; other database errors go on as errors.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableAdvice {

	private final MessageSource messages;

	private final JsonMapper json;

	DatabaseUnavailableAdvice(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			TransientDataAccessResourceException.class, UncategorizedSQLException.class })
	ModelAndView unavailable(HttpServletRequest request, HttpServletResponse response, Exception ex) throws Exception {
		if (!DatabaseUnavailable.is(ex)) {
			throw ex;
		}
		DatabaseUnavailable.answer(request, response, this.messages, this.json);
		return new ModelAndView();
	}

}
