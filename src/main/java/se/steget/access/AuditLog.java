package se.steget.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log. Appends are serialised on the chain's head row, so that
 * every entry links to the one before it, across instances too.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

	private static final String SELECT = "select seq, at, user_id, username, action, route, path, participant_id,"
			+ " purpose, status, prev_hash, hash from audit_entry";

	/** Entries a review page shows at most. */
	static final int SHOWN = 500;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Appends an entry in its own transaction, so that it stays even if the work failed.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void append(UUID userId, String username, AuditAction action, String route, String path, UUID participantId,
			String purpose, int status) {
		Object[] head = this.jdbc.sql("select seq, hash from audit_head where id = 1 for update")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.single();
		long seq = (long) head[0] + 1;
		var entry = new AuditEntry(seq, LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.MILLIS), userId, username,
				action, route, truncate(path, 1000), participantId, truncate(purpose, 300), status, (String) head[1],
				null);
		String hash = entry.expectedHash();
		this.jdbc
			.sql("insert into audit_entry (seq, at, user_id, username, action, route, path, participant_id, purpose,"
					+ " status, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(seq, entry.at(), userId, username, action.name(), route, entry.path(), participantId,
					entry.purpose(), status, entry.prevHash(), hash)
			.update();
		this.jdbc.sql("update audit_head set seq = ?, hash = ? where id = 1").params(seq, hash).update();
	}

	/** Who looked at or changed this person, newest first. */
	public List<AuditEntry> ofParticipant(UUID participantId) {
		return this.jdbc.sql(SELECT + " where participant_id = ? order by seq desc limit " + SHOWN)
			.param(participantId)
			.query(AuditEntry.class)
			.list();
	}

	/** What this user did between the two times, newest first. */
	public List<AuditEntry> ofUser(UUID userId, LocalDateTime from, LocalDateTime to) {
		return this.jdbc.sql(SELECT + " where user_id = ? and at >= ? and at < ? order by seq desc limit " + SHOWN)
			.params(userId, from, to)
			.query(AuditEntry.class)
			.list();
	}

	/**
	 * Walks the whole chain: each entry's hash must match its fields and the previous
	 * hash, sequence numbers must follow on, and the head must point at the last entry.
	 */
	public AuditVerification verify() {
		long[] checked = { 0 };
		String[] previous = { "0".repeat(64) };
		Long[] broken = { null };
		this.jdbc.sql(SELECT + " order by seq").query(AuditEntry.class).stream().forEach((entry) -> {
			checked[0]++;
			if (broken[0] == null && (entry.seq() != checked[0] || !entry.prevHash().equals(previous[0])
					|| !entry.hash().equals(entry.expectedHash()))) {
				broken[0] = entry.seq();
			}
			previous[0] = entry.hash();
		});
		Object[] head = this.jdbc.sql("select seq, hash from audit_head where id = 1")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.single();
		if (broken[0] == null && ((long) head[0] != checked[0] || !head[1].equals(previous[0]))) {
			broken[0] = checked[0] + 1;
		}
		return new AuditVerification(checked[0], broken[0]);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String truncate(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

}
