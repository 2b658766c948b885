package se.steget.system;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.core.StaleEditException;

/**
 * Errors of the JSON API as problem details (RFC 9457); bad input lists each field with
 * its message.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				text("error.invalidInput"));
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message",
					this.messages.getMessage(error, LocaleContextHolder.getLocale())))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
	}

	/**
	 * A body Jackson cannot read into the form, such as an unknown enum value or text
	 * where a number belongs, names the field like any other invalid input.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		JacksonException jackson = jacksonCause(ex);
		if (jackson == null || jackson.getPath().isEmpty()) {
			return super.handleHttpMessageNotReadable(ex, headers, status, request);
		}
		String field = jackson.getPath()
			.stream()
			.map((ref) -> (ref.getPropertyName() != null) ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				text("error.invalidInput"));
		problem.setProperty("errors", List.of(Map.of("field", field, "message", text("error.invalidValue"))));
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
	}

	/**
	 * A path or query parameter of the wrong type (a bad id, a date) names the parameter.
	 */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("error.invalidInput"));
		problem.setProperty("errors",
				List.of(Map.of("field", String.valueOf(field), "message", text("error.invalidValue"))));
		return ResponseEntity.badRequest().body(problem);
	}

	private static JacksonException jacksonCause(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof JacksonException jackson) {
				return jackson;
			}
		}
		return null;
	}

	/** A stale {@code If-Match}: someone else changed the record first. */
	@ExceptionHandler
	ProblemDetail stale(StaleEditException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
				text("error.staleEdit.api"));
		problem.setProperty("errors", List.of(Map.of("field", "If-Match", "message", text("error.staleEdit.api"))));
		return problem;
	}

	/**
	 * Two saves of one record at once where no version was compared first: the later
	 * loses.
	 */
	@ExceptionHandler
	ProblemDetail collided(OptimisticLockingFailureException ex) {
		return stale(new StaleEditException());
	}

	@ExceptionHandler
	ProblemDetail missingPrecondition(ApiPreconditions.MissingPreconditionException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED, text("error.ifMatchRequired"));
	}

	@ExceptionHandler
	ProblemDetail rejected(RejectedInputException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				text("error.invalidInput"));
		problem.setProperty("errors",
				ex.rejections()
					.stream()
					.map((r) -> Map.of("field", r.field(), "message",
							this.messages.getMessage(r.messageKey(), r.args(), r.messageKey(),
									LocaleContextHolder.getLocale())))
					.toList());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text("error.notFound"));
	}

	@ExceptionHandler
	ProblemDetail denied(AccessDeniedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, text("error.forbidden"));
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
