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
