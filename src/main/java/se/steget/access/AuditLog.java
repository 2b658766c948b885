package se.steget.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit log. Appends are serialised on the chain's head row, so that
 * every entry links to the one before it, across instances too.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

	private static final String SELECT = "select seq, at, user_id, username, action, route, path, participant_id,"
			+ " purpose, status, prev_hash, hash, mac, shown_participants from audit_entry";

	/** The request attribute in which a list or search names the people it showed. */
	public static final String SHOWN_PEOPLE = AuditLog.class.getName() + ".shown";

	/**
	 * How many people a list's entry names at most (a page of a list shows 25 to 100).
	 */
	static final int SHOWN_AT_MOST = 100;

	/** Entries a review page shows at most. */
	static final int SHOWN = 500;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecretKeySpec key;

	private final Optional<AuditAnchors> anchors;

	AuditLog(JdbcClient jdbc, Clock clock, AuditProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.key = new SecretKeySpec(properties.key().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.anchors = Optional.ofNullable(properties.anchorFile()).map(AuditAnchors::new);
	}

	/**
	 * Writes the chain's head out of the database, when an anchor file is configured, so
	 * that entries cut off the end are found. Writing the same head twice is skipped, so
	 * every instance may run it.
	 */
	@Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT1M")
	public void anchor() {
		this.anchors.ifPresent((anchors) -> this.jdbc
			.sql("select e.seq, e.mac from audit_entry e join audit_head h on h.seq = e.seq where h.id = 1")
			.query((rs, n) -> new AuditAnchors.Anchor(rs.getLong(1), rs.getString(2)))
			.optional()
			.ifPresent((head) -> anchors.write(head.seq(), head.mac(), this.clock.instant())));
	}

	/**
	 * Notes, for the audit entry of the current request, the people a list or search
	 * showed.
	 */
	public static void shown(Collection<UUID> participantIds) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			attributes.getRequest()
				.setAttribute(SHOWN_PEOPLE,
						participantIds.stream()
							.distinct()
							.limit(SHOWN_AT_MOST)
							.map(UUID::toString)
							.collect(Collectors.joining(",")));
		}
	}

	/**
	 * Appends an entry in its own transaction, so that it stays even if the work failed.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void append(UUID userId, String username, AuditAction action, String route, String path, UUID participantId,
			String purpose, int status, String shownParticipants) {
		write(userId, username, action, route, path, participantId, purpose, status, shownParticipants);
	}

	/**
	 * Appends the entry of a change in the change's own transaction, so that the change
	 * and its entry are committed together or not at all.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void appendWithChange(UUID userId, String username, String route, String path, UUID participantId,
			String purpose, int status, String shownParticipants) {
		write(userId, username, AuditAction.CHANGE, route, path, participantId, purpose, status, shownParticipants);
	}

	private void write(UUID userId, String username, AuditAction action, String route, String path, UUID participantId,
			String purpose, int status, String shownParticipants) {
		Object[] head = this.jdbc.sql("select seq, hash from audit_head where id = 1 for update")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.single();
		long seq = (long) head[0] + 1;
		var entry = new AuditEntry(seq, LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.MILLIS), userId, username,
				action, route, truncate(path, 1000), participantId, truncate(purpose, 300), status, (String) head[1],
				null, null, (shownParticipants == null || shownParticipants.isEmpty()) ? null : shownParticipants);
		String hash = entry.expectedHash();
		this.jdbc
			.sql("insert into audit_entry (seq, at, user_id, username, action, route, path, participant_id, purpose,"
					+ " status, prev_hash, hash, mac, shown_participants) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(seq, entry.at(), userId, username, action.name(), route, entry.path(), participantId,
					entry.purpose(), status, entry.prevHash(), hash, mac(hash), entry.shownParticipants())
			.update();
		if (entry.shownParticipants() != null) {
			for (String shown : entry.shownParticipants().split(",")) {
				this.jdbc.sql("insert into audit_entry_shown (participant_id, seq) values (?, ?)")
					.params(UUID.fromString(shown), seq)
					.update();
			}
		}
		this.jdbc.sql("update audit_head set seq = ?, hash = ? where id = 1").params(seq, hash).update();
	}

	/** Who looked at or changed this person, newest first, lists that showed them too. */
	public List<AuditEntry> ofParticipant(UUID participantId) {
		return this.jdbc
			.sql(SELECT + " where participant_id = ? or seq in (select seq from audit_entry_shown"
					+ " where participant_id = ?) order by seq desc limit " + SHOWN)
			.params(participantId, participantId)
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
	 * Each keyed entry's HMAC must match its hash under the key, no unkeyed entry may
	 * follow a keyed one, and the last entry must be keyed: so a table rewritten by
	 * someone without the key, with the plain chain recomputed, is found.
	 */
	public AuditVerification verify() {
		Optional<AuditAnchors.Anchor> anchor = this.anchors.flatMap(AuditAnchors::latest);
		boolean[] anchorHolds = { anchor.isEmpty() };
		long[] checked = { 0 };
		String[] previous = { "0".repeat(64) };
		Long[] broken = { null };
		boolean[] keyed = { false };
		this.jdbc.sql(SELECT + " order by seq").query(AuditEntry.class).stream().forEach((entry) -> {
			checked[0]++;
			boolean macMissing = entry.mac() == null && keyed[0];
			boolean macWrong = entry.mac() != null && !entry.mac().equals(mac(entry.hash()));
			keyed[0] = keyed[0] || entry.mac() != null;
			if (broken[0] == null && (entry.seq() != checked[0] || !entry.prevHash().equals(previous[0])
					|| !entry.hash().equals(entry.expectedHash()) || macMissing || macWrong)) {
				broken[0] = entry.seq();
			}
			previous[0] = entry.hash();
			anchor.filter((a) -> a.seq() == entry.seq() && a.mac().equals(entry.mac()))
				.ifPresent((a) -> anchorHolds[0] = true);
		});
		Object[] head = this.jdbc.sql("select seq, hash from audit_head where id = 1")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.single();
		boolean headUnkeyed = checked[0] > 0 && !keyed[0];
		if (broken[0] == null && ((long) head[0] != checked[0] || !head[1].equals(previous[0]) || headUnkeyed)) {
			broken[0] = headUnkeyed ? checked[0] : checked[0] + 1;
		}
		if (broken[0] == null && !anchorHolds[0]) {
			// the entry written out is gone or other than it was: the end was cut off
			broken[0] = Math.min(anchor.get().seq(), checked[0] + 1);
		}
		return new AuditVerification(checked[0], broken[0]);
	}

	/**
	 * Keys a chain begun before the log had a key: when the last entry has no HMAC, an
	 * entry that says so is appended, so that from here on the head always carries one.
	 */
	@Transactional
	public void keyTheChain() {
		boolean unkeyed = this.jdbc.sql(
				"select count(*) from audit_entry where seq = (select seq from audit_head where id = 1) and mac is null")
			.query(Long.class)
			.single() > 0;
		if (unkeyed) {
			append(null, "steget", AuditAction.CHANGE, "KEY audit chain", "", null, null, 200, null);
		}
	}

	String mac(String hash) {
		try {
			Mac hmac = Mac.getInstance("HmacSHA256");
			hmac.init(this.key);
			return HexFormat.of().formatHex(hmac.doFinal(hash.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
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
