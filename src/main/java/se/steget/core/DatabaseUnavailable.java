package se.steget.core;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.util.HtmlUtils;

/**
 * A database that cannot be reached (connections cut, the pool exhausted, the server
 * down) is answered with an honest 503: a problem detail in the API, a short page that
 * needs nothing from the database otherwise, and when to try again.
 */
public final class DatabaseUnavailable {

	/** Seconds a client should wait before it tries again. */
	public static final int RETRY_AFTER_SECONDS = 5;

	private DatabaseUnavailable() {
	}

	/** Whether the failure is the database being out of reach, rather than a fault. */
	public static boolean is(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && lostConnection(sql)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A connection exception (08), the server ending the session (57P), or a connection
	 * the pool already closed after such a failure, which Hikari reports without a state.
	 */
	private static boolean lostConnection(SQLException sql) {
		String state = sql.getSQLState();
		if (state != null) {
			return state.startsWith("08") || state.startsWith("57P");
		}
		return "Connection is closed".equals(sql.getMessage());
	}

	/** Answers the request with 503, as JSON under the API and as a page otherwise. */
	public static void answer(HttpServletRequest request, HttpServletResponse response, MessageSource messages,
			JsonMapper json) throws IOException {
		var locale = LocaleContextHolder.getLocale();
		String detail = messages.getMessage("error.databaseUnavailable", null, locale);
		response.resetBuffer();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getOutputStream()
				.write(json
					.writeValueAsBytes(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail)));
			return;
		}
		String title = HtmlUtils.htmlEscape(messages.getMessage("error.databaseUnavailable.title", null, locale),
				"UTF-8");
		response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
					+ "</title></head><body><main><h1>" + title + "</h1><p>" + HtmlUtils.htmlEscape(detail, "UTF-8")
					+ "</p></main></body></html>");
	}

}
