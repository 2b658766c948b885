package se.steget.system;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

import se.steget.access.AuditAction;
import se.steget.access.AuditLog;
import se.steget.access.SignedInUser;
import se.steget.core.Download;

/**
 * Writes every request a signed-in user makes to a page or the API into the audit log:
 * who, when, which route, which person it was about, and the purpose when one was given.
 */
@Component
class AuditInterceptor implements HandlerInterceptor {

	/** The request attribute that marks a form sent back with its errors. */
	private static final String REFUSED = AuditInterceptor.class.getName() + ".refused";

	private static final Set<String> EXPORTS = Set.of("application/pdf", Download.XLSX.toString(), "text/csv");

	private final AuditLog auditLog;

	private final JdbcClient jdbc;

	AuditInterceptor(AuditLog auditLog, JdbcClient jdbc) {
		this.auditLog = auditLog;
		this.jdbc = jdbc;
	}

	/**
	 * A form sent back with its errors was answered 200 but changed nothing: noted, so
	 * that it is logged as an attempt.
	 */
	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (!"GET".equals(request.getMethod()) && modelAndView != null
				&& modelAndView.getModel()
					.values()
					.stream()
					.anyMatch((value) -> value instanceof BindingResult result && result.hasErrors())) {
			request.setAttribute(REFUSED, true);
		}
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(handler instanceof HandlerMethod) || authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return;
		}
		String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		if (pattern == null || pattern.startsWith("/login") || pattern.startsWith("/error")) {
			return;
		}
		try {
			audit(request, response, ex, authentication, pattern);
		}
		catch (RuntimeException failure) {
			request.setAttribute(ChangeTransactions.AUDIT_FAILURE, failure);
			throw failure;
		}
		request.setAttribute(ChangeTransactions.AUDITED, true);
	}

	private void audit(HttpServletRequest request, HttpServletResponse response, Exception ex,
			Authentication authentication, String pattern) {
		UUID participant = participant(pattern, request);
		UUID userId = (authentication.getPrincipal() instanceof SignedInUser user) ? user.id() : null;
		// an exception not yet turned into an answer is the error page's 500
		int status = (ex != null && response.getStatus() < 400) ? 500 : response.getStatus();
		TransactionStatus change = (TransactionStatus) request.getAttribute(ChangeTransactions.TRANSACTION);
		boolean undone = change != null && change.isRollbackOnly();
		AuditAction action = undone ? AuditAction.ATTEMPT : action(request, response, status, participant);
		String route = request.getMethod() + " " + pattern;
		String shown = (String) request.getAttribute(AuditLog.SHOWN_PEOPLE);
		if (change != null && action == AuditAction.CHANGE) {
			// committed with the change, or not at all
			this.auditLog.appendWithChange(userId, authentication.getName(), route, path(request), participant,
					request.getParameter("purpose"), status, shown);
		}
		else {
			this.auditLog.append(userId, authentication.getName(), action, route, path(request), participant,
					request.getParameter("purpose"), status, shown);
		}
	}

	private static AuditAction action(HttpServletRequest request, HttpServletResponse response, int status,
			UUID participant) {
		if (refused(request, status) || request.getAttribute(REFUSED) != null) {
			return AuditAction.ATTEMPT;
		}
		if (request.getRequestURI().endsWith("/reveal")) {
			return AuditAction.REVEAL;
		}
		if (!"GET".equals(request.getMethod())) {
			return AuditAction.CHANGE;
		}
		if (request.getRequestURI().endsWith("/export")) {
			return AuditAction.EXPORT;
		}
		String type = response.getContentType();
		if (type != null && EXPORTS.stream().anyMatch(type::startsWith)) {
			return AuditAction.EXPORT;
		}
		return (participant != null) ? AuditAction.VIEW : AuditAction.LIST;
	}

	/**
	 * A read that was not answered with the page or file (refused, not found, sent back
	 * to ask for a reason), or a change answered with an error.
	 */
	private static boolean refused(HttpServletRequest request, int status) {
		return "GET".equals(request.getMethod()) ? (status >= 300 && status != 304) : status >= 400;
	}

	/**
	 * The person the request is about: a participant's or an enrollment's page, or a
	 * parameter.
	 */
	@SuppressWarnings("unchecked")
	private UUID participant(String pattern, HttpServletRequest request) {
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String id = (variables != null) ? variables.get("id") : null;
		String route = pattern.replaceFirst("^/api/v1", "");
		if (id != null && route.startsWith("/participants/{id}")) {
			return uuid(id);
		}
		if (id != null && route.startsWith("/enrollments/{id}")) {
			UUID enrollment = uuid(id);
			return (enrollment == null) ? null
					: this.jdbc.sql("select participant_id from enrollment where id = ?")
						.param(enrollment)
						.query(UUID.class)
						.optional()
						.orElse(null);
		}
		return uuid(request.getParameter("participantId"));
	}

	private static UUID uuid(String text) {
		try {
			return (text != null) ? UUID.fromString(text) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String path(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURI() + ((query != null) ? "?" + query : "");
	}

}
