package se.steget.casework;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A logged contact as pages and the API show it.
 */
public record ContactView(UUID id, UUID enrollmentId, LocalDateTime contactedAt, ContactChannel channel,
		ContactKind kind, Integer durationMinutes, UUID staffUserId, String staffName, String note, String projectName,
		Integer version) {

}
