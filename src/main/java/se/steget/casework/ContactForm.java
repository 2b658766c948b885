package se.steget.casework;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a user enters to log a contact.
 */
public class ContactForm {

	@NotNull(message = "{error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime contactedAt;

	@NotNull(message = "{error.required}")
	private ContactChannel channel;

	@NotNull(message = "{error.required}")
	private ContactKind kind;

	@PositiveOrZero(message = "{error.notNegative}")
	@Max(value = 600, message = "{error.duration}")
	private Integer durationMinutes;

	private UUID staffUserId;

	@Size(max = 2000, message = "{error.tooLong}")
	private String note;

	public ContactForm() {
	}

	public ContactForm(LocalDateTime contactedAt, ContactChannel channel, ContactKind kind, Integer durationMinutes,
			UUID staffUserId) {
		this.contactedAt = contactedAt;
		this.channel = channel;
		this.kind = kind;
		this.durationMinutes = durationMinutes;
		this.staffUserId = staffUserId;
	}

	/** The version of the contact the form was loaded with, when correcting it. */
	private Integer version;

	static ContactForm of(ContactEntry entry, Integer version) {
		var form = new ContactForm(entry.contactedAt(), entry.channel(), entry.kind(), entry.durationMinutes(),
				entry.staffUserId());
		form.note = entry.note();
		form.version = version;
		return form;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	ContactEntry entry() {
		return new ContactEntry(this.contactedAt, this.channel, this.kind, this.durationMinutes, this.staffUserId,
				this.note);
	}

	public LocalDateTime getContactedAt() {
		return this.contactedAt;
	}

	public void setContactedAt(LocalDateTime contactedAt) {
		this.contactedAt = contactedAt;
	}

	public ContactChannel getChannel() {
		return this.channel;
	}

	public void setChannel(ContactChannel channel) {
		this.channel = channel;
	}

	public ContactKind getKind() {
		return this.kind;
	}

	public void setKind(ContactKind kind) {
		this.kind = kind;
	}

	public Integer getDurationMinutes() {
		return this.durationMinutes;
	}

	public void setDurationMinutes(Integer durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public UUID getStaffUserId() {
		return this.staffUserId;
	}

	public void setStaffUserId(UUID staffUserId) {
		this.staffUserId = staffUserId;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
