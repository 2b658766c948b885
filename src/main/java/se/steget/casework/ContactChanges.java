package se.steget.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The history of corrections to logged contacts: each edit or removal with what the
 * contact said before and after, who made it and when.
 */
@Component
class ContactChanges {

	private final JdbcClient jdbc;

	private final Clock clock;

	ContactChanges(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(Contact contact, Kind kind, ContactEntry before, ContactEntry after, UUID by) {
		this.jdbc
			.sql("insert into contact_change (id, contact_id, enrollment_id, kind, before_contacted_at, before_text,"
					+ " after_contacted_at, after_text, changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), contact.getId(), contact.getEnrollmentId(), kind.name(), before.contactedAt(),
					text(before), (after != null) ? after.contactedAt() : null, (after != null) ? text(after) : null,
					by, LocalDateTime.now(this.clock))
			.update();
	}

	List<ContactChange> of(UUID enrollmentId) {
		return this.jdbc
			.sql("select c.kind, c.before_contacted_at, c.before_text, c.after_contacted_at, c.after_text,"
					+ " u.display_name as changed_by, c.changed_at from contact_change c left join user_account u"
					+ " on u.id = c.changed_by where c.enrollment_id = ? order by c.changed_at desc")
			.param(enrollmentId)
			.query(ContactChange.class)
			.list();
	}

	/** A contact in a line: channel, kind, minutes and note. */
	private static String text(ContactEntry entry) {
		String line = entry.channel() + ", " + entry.kind()
				+ ((entry.durationMinutes() != null) ? ", " + entry.durationMinutes() + " min" : "")
				+ ((entry.note() != null && !entry.note().isBlank()) ? ": " + entry.note() : "");
		return (line.length() > 2000) ? line.substring(0, 2000) : line;
	}

	enum Kind {

		EDITED, REMOVED

	}

	/** One correction as the contact page shows it. */
	public record ContactChange(Kind kind, LocalDateTime beforeContactedAt, String beforeText,
			LocalDateTime afterContactedAt, String afterText, String changedBy, LocalDateTime changedAt) {
	}

}
