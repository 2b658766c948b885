package se.steget.system;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

import se.steget.core.DatabaseUnavailable;

/**
 * A signed-in user's change runs in one transaction from the first write to its audit
 * entry, and its answer is held until that transaction has committed: the change and its
 * entry are saved together or not at all, and a commit that fails is answered 503, never
 * a success that was not saved. A change that was refused (an error answer, or a refusal
 * that rolled the work back) is undone, and logged as an attempt on its own.
 * {@link IdempotencyKeys} runs inside it, so that a kept answer is saved with its change.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class ChangeTransactions extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(ChangeTransactions.class);

	/** The request attribute holding the change's transaction. */
	static final String TRANSACTION = ChangeTransactions.class.getName() + ".transaction";

	/** The request attribute set once the request's audit entry is written. */
	static final String AUDITED = ChangeTransactions.class.getName() + ".audited";

	/** The request attribute holding why the audit entry could not be written. */
	static final String AUDIT_FAILURE = ChangeTransactions.class.getName() + ".auditFailure";

	private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final PlatformTransactionManager transactions;

	private final MessageSource messages;

	private final JsonMapper json;

	ChangeTransactions(PlatformTransactionManager transactions, MessageSource messages, JsonMapper json) {
		this.transactions = transactions;
		this.messages = messages;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !CHANGES.contains(request.getMethod()) || user == null || !user.isAuthenticated()
				|| user instanceof AnonymousAuthenticationToken || path.equals("/login") || path.equals("/logout");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		TransactionStatus transaction = this.transactions.getTransaction(new DefaultTransactionDefinition());
		request.setAttribute(TRANSACTION, transaction);
		var held = new HeldResponse(response);
		try {
			chain.doFilter(request, held);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			rollback(transaction);
			if (!DatabaseUnavailable.is(ex)) {
				throw ex;
			}
			DatabaseUnavailable.answer(request, response, this.messages, this.json);
			return;
		}
		boolean handled = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) != null;
		if (handled && request.getAttribute(AUDITED) == null && held.getStatus() < 400) {
			// the entry could not be written: the change is not made either
			rollback(transaction);
			held.resetBuffer();
			if (DatabaseUnavailable.is((Throwable) request.getAttribute(AUDIT_FAILURE))) {
				DatabaseUnavailable.answer(request, response, this.messages, this.json);
			}
			else {
				response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
			}
			return;
		}
		if (transaction.isRollbackOnly() || held.getStatus() >= 400) {
			rollback(transaction);
		}
		else {
			try {
				this.transactions.commit(transaction);
			}
			catch (RuntimeException ex) {
				if (!DatabaseUnavailable.is(ex)) {
					throw ex;
				}
				DatabaseUnavailable.answer(request, response, this.messages, this.json);
				return;
			}
		}
		held.release();
	}

	/**
	 * Undoes the change. A rollback that fails has lost its connection, which is then
	 * closed: nothing was committed, and the database undoes the work as the session
	 * ends.
	 */
	private void rollback(TransactionStatus transaction) {
		try {
			this.transactions.rollback(transaction);
		}
		catch (TransactionException | DataAccessException ex) {
			log.warn("A change could not be rolled back on its connection, which is lost: {}", ex.getMessage());
		}
	}

	/**
	 * The answer, kept back until the change is committed: its body and a redirect reach
	 * the client only then.
	 */
	static final class HeldResponse extends ContentCachingResponseWrapper {

		private String redirect;

		HeldResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void sendRedirect(String location) {
			this.redirect = location;
			setStatus(HttpServletResponse.SC_FOUND);
		}

		void release() throws IOException {
			if (this.redirect != null) {
				((HttpServletResponse) getResponse()).sendRedirect(this.redirect);
			}
			else {
				copyBodyToResponse();
			}
		}

	}

}
