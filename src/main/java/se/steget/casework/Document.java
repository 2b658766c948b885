package se.steget.casework;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A file kept on a participant.
 */
class Document {

	@Id
	private UUID id;

	private UUID participantId;

	private UUID enrollmentId;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	private byte[] content;

	private Instant uploadedAt;

	private UUID uploadedBy;

	@Version
	private Integer version;

	Document() {
	}

	static Document upload(UUID participantId, UUID enrollmentId, String fileName, String contentType, byte[] content,
			UUID by, Instant at) {
		var document = new Document();
		document.id = UUID.randomUUID();
		document.participantId = participantId;
		document.enrollmentId = enrollmentId;
		document.fileName = fileName;
		document.contentType = contentType;
		document.sizeBytes = content.length;
		document.content = content;
		document.uploadedAt = at;
		document.uploadedBy = by;
		return document;
	}

	UUID getId() {
		return this.id;
	}

	UUID getParticipantId() {
		return this.participantId;
	}

	String getFileName() {
		return this.fileName;
	}

	String getContentType() {
		return this.contentType;
	}

	byte[] getContent() {
		return this.content;
	}

	Integer getVersion() {
		return this.version;
	}

	UUID getEnrollmentId() {
		return this.enrollmentId;
	}

}
