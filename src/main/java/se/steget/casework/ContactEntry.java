package se.steget.casework;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import se.steget.core.Difference;

/**
 * A contact with a participant as it is logged: when, how, what about, for how long, by
 * whom, and a note.
 */
record ContactEntry(LocalDateTime contactedAt, ContactChannel channel, ContactKind kind, Integer durationMinutes,
		UUID staffUserId, String note) {

	/** No contact: what a removed one becomes. */
	static final ContactEntry NONE = new ContactEntry(null, null, null, null, null, null);

	/** The fields that differ from this entry in the other, for the history. */
	List<Difference> changesTo(ContactEntry other, Function<UUID, String> staffName) {
		return Difference.builder()
			.time("contact.contactedAt", this.contactedAt, other.contactedAt)
			.choice("contact.channel", "contactChannel", this.channel, other.channel)
			.choice("contact.kind", "contactKind", this.kind, other.kind)
			.text("contact.durationMinutes", this.durationMinutes, other.durationMinutes)
			.text("contact.staff", staffName.apply(this.staffUserId), staffName.apply(other.staffUserId))
			.text("contact.note", this.note, other.note)
			.list();
	}

}
