package se.steget.casework;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A kept file as the list shows it, without its content.
 */
public record DocumentView(UUID id, String fileName, String contentType, long sizeBytes, LocalDateTime uploadedAt,
		String uploadedByName, Integer version, UUID enrollmentId) {

	/** The size in kilobytes, rounded up. */
	public long kilobytes() {
		return (this.sizeBytes + 1023) / 1024;
	}

}
