package se.steget.access;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One entry of the audit log.
 *
 * @param route the method and the route's pattern, e.g. {@code GET /participants/{id}}
 * @param participantId the person the entry is about, when it is about one
 * @param purpose the reason the user gave, if any
 * @param mac the HMAC of the hash under the audit key; null on entries from before the
 * chain was keyed
 * @param shownParticipants the ids of the people a list or search showed, comma-separated
 */
public record AuditEntry(long seq, LocalDateTime at, UUID userId, String username, AuditAction action, String route,
		String path, UUID participantId, String purpose, int status, String prevHash, String hash, String mac,
		String shownParticipants) {

	/**
	 * The hash this entry must carry: it covers the previous entry's hash and every
	 * field.
	 */
	String expectedHash() {
		String fields = String.join("|", this.prevHash, Long.toString(this.seq), this.at.toString(),
				String.valueOf(this.userId), String.valueOf(this.username), this.action.name(), this.route, this.path,
				String.valueOf(this.participantId), String.valueOf(this.purpose), Integer.toString(this.status));
		return AuditLog.sha256((this.shownParticipants != null) ? fields + "|" + this.shownParticipants : fields);
	}

}
