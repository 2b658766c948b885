package se.steget.system;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A change to an existing record through the API must say which version it was based on:
 * a PUT, PATCH or DELETE without {@code If-Match} is refused with 428 Precondition
 * Required (RFC 6585), so that no client overwrites a change it has not seen.
 */
@Component
class ApiPreconditions implements HandlerInterceptor {

	private static final Set<String> CHANGES = Set.of("PUT", "PATCH", "DELETE");

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (CHANGES.contains(request.getMethod()) && request.getHeader(HttpHeaders.IF_MATCH) == null) {
			throw new MissingPreconditionException();
		}
		return true;
	}

	static class MissingPreconditionException extends RuntimeException {

	}

}
