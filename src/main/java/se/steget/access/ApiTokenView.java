package se.steget.access;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** A personal access token as its owner sees it: never its secret. */
public record ApiTokenView(UUID id, String name, LocalDateTime createdAt, LocalDate expiresOn, LocalDate lastUsedOn,
		LocalDateTime revokedAt) {

	public boolean active(LocalDate today) {
		return this.revokedAt == null && !this.expiresOn.isBefore(today);
	}

}
