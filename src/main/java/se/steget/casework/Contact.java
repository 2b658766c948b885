package se.steget.casework;

import java.time.LocalDateTime;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * One logged contact with a participant in an enrollment.
 */
class Contact {

	@Id
	private UUID id;

	private UUID enrollmentId;

	private LocalDateTime contactedAt;

	private ContactChannel channel;

	private ContactKind kind;

	private Integer durationMinutes;

	private UUID staffUserId;

	private String note;

	@Version
	private Integer version;

	Contact() {
	}

	static Contact log(UUID enrollmentId, ContactEntry entry) {
		var contact = new Contact();
		contact.id = UUID.randomUUID();
		contact.enrollmentId = enrollmentId;
		contact.contactedAt = entry.contactedAt();
		contact.channel = entry.channel();
		contact.kind = entry.kind();
		contact.durationMinutes = entry.durationMinutes();
		contact.staffUserId = entry.staffUserId();
		contact.note = entry.note();
		return contact;
	}

	/** Corrects a contact logged wrongly: every field as the user now gives it. */
	void correct(ContactEntry entry) {
		this.contactedAt = entry.contactedAt();
		this.channel = entry.channel();
		this.kind = entry.kind();
		this.durationMinutes = entry.durationMinutes();
		this.staffUserId = entry.staffUserId();
		this.note = entry.note();
	}

	ContactEntry entry() {
		return new ContactEntry(this.contactedAt, this.channel, this.kind, this.durationMinutes, this.staffUserId,
				this.note);
	}

	UUID getId() {
		return this.id;
	}

	UUID getEnrollmentId() {
		return this.enrollmentId;
	}

	Integer getVersion() {
		return this.version;
	}

}
