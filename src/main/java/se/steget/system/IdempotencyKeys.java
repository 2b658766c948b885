package se.steget.system;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Creating API requests (POST) that carry an {@code Idempotency-Key} header, as the IETF
 * httpapi draft describes it: the first request with a key runs and its answer is kept; a
 * repeat with the same body gets that answer again, a reuse of the key with another body
 * is refused (422), and a repeat while the first still runs is refused (409). Keys are
 * per user and kept for {@link IdempotencyProperties#idempotencyKeyLifetime()}; an
 * expired key is free again, and {@link ExpiredKeys} removes the expired ones. A file
 * upload (multipart) is told apart by its parts, not by its boundary.
 * <p>
 * It runs inside {@link ChangeTransactions}: the key, the change and the kept answer are
 * saved in one transaction, so that a request cut off by a crash leaves its key free and
 * a retry runs it afresh, and a retry while the first still runs waits for it and gets
 * its answer.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class IdempotencyKeys extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final IdempotencyProperties properties;

	private final MessageSource messages;

	private final JsonMapper json;

	private final TransactionTemplate savepoint;

	IdempotencyKeys(JdbcClient jdbc, Clock clock, IdempotencyProperties properties, MessageSource messages,
			JsonMapper json, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
		this.messages = messages;
		this.json = json;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		String key = request.getHeader(HEADER).strip();
		if (user == null || !user.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		if (key.isEmpty() || key.length() > 255) {
			problem(response, HttpStatus.BAD_REQUEST, "error.idempotencyKey.invalid");
			return;
		}
		String type = request.getContentType();
		boolean multipart = type != null && type.startsWith("multipart/");
		byte[] body = multipart ? parts(request) : request.getInputStream().readAllBytes();
		String fingerprint = fingerprint(request.getRequestURI(), multipart ? "multipart/form-data" : type, body);
		Stored earlier = claim(user.getName(), key, fingerprint);
		if (earlier == null) {
			run(multipart ? request : new CachedBody(request, body), response, chain, user.getName(), key);
		}
		else if (!earlier.fingerprint().equals(fingerprint)) {
			problem(response, HttpStatus.UNPROCESSABLE_CONTENT, "error.idempotencyKey.otherRequest");
		}
		else if (earlier.status() == null) {
			problem(response, HttpStatus.CONFLICT, "error.idempotencyKey.inFlight");
		}
		else {
			replay(earlier, response);
		}
	}

	/**
	 * Takes the key for this request, or returns what an earlier request with it stored;
	 * the primary key decides between two requests that arrive at once. The insert has a
	 * savepoint of its own, so that a refused one leaves the transaction usable.
	 */
	private Stored claim(String username, String key, String fingerprint) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		this.jdbc.sql("delete from idempotency_key where username = ? and idempotency_key = ? and created_at < ?")
			.params(username, key, now.minus(this.properties.idempotencyKeyLifetime()))
			.update();
		try {
			this.savepoint.executeWithoutResult((status) -> this.jdbc
				.sql("insert into idempotency_key (username, idempotency_key, fingerprint, created_at)"
						+ " values (?, ?, ?, ?)")
				.params(username, key, fingerprint, now)
				.update());
			return null;
		}
		catch (DuplicateKeyException ex) {
			return this.jdbc
				.sql("select fingerprint, status, content_type, location, body from idempotency_key"
						+ " where username = ? and idempotency_key = ?")
				.params(username, key)
				.query(Stored.class)
				.optional()
				.orElse(new Stored(fingerprint, null, null, null, null));
		}
	}

	/**
	 * Runs the request and keeps its answer with the key; an answer of 400 or more is
	 * rolled back with the change, and the key with it.
	 */
	private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String username,
			String key) throws ServletException, IOException {
		var caching = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, caching);
		this.jdbc
			.sql("update idempotency_key set status = ?, content_type = ?, location = ?, body = ?"
					+ " where username = ? and idempotency_key = ?")
			.params(caching.getStatus(), caching.getContentType(), caching.getHeader(HttpHeaders.LOCATION),
					new String(caching.getContentAsByteArray(), StandardCharsets.UTF_8), username, key)
			.update();
		caching.copyBodyToResponse();
	}

	private static void replay(Stored earlier, HttpServletResponse response) throws IOException {
		response.setStatus(earlier.status());
		if (earlier.contentType() != null) {
			response.setContentType(earlier.contentType());
		}
		if (earlier.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, earlier.location());
		}
		response.setHeader("Idempotent-Replayed", "true");
		if (earlier.body() != null) {
			response.getOutputStream().write(earlier.body().getBytes(StandardCharsets.UTF_8));
		}
	}

	private void problem(HttpServletResponse response, HttpStatus status, String messageKey) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(messageKey, null, messageKey, LocaleContextHolder.getLocale()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(this.json.writeValueAsBytes(problem));
	}

	/**
	 * An upload as its parts say it (names, file names, types and content), digested: its
	 * boundary differs every time, and the container parses it once for the handler too.
	 */
	private static byte[] parts(HttpServletRequest request) throws IOException, ServletException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Part part : request.getParts()) {
				digest
					.update((part.getName() + "\n" + part.getSubmittedFileName() + "\n" + part.getContentType() + "\n")
						.getBytes(StandardCharsets.UTF_8));
				try (InputStream in = part.getInputStream()) {
					digest.update(in.readAllBytes());
				}
			}
			return digest.digest();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** What makes two requests the same: the route, the content type and the body. */
	static String fingerprint(String uri, String contentType, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((uri + "\n" + contentType + "\n").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest(body));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Stored(String fingerprint, Integer status, String contentType, String location, String body) {
	}

	/**
	 * The request with its body read once, so that the fingerprint and the handler both
	 * see it.
	 */
	private static final class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			var in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

	}

}
