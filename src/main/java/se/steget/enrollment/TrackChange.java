package se.steget.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;

/**
 * One move of a participant into a track: when, why and by whom.
 */
record TrackChange(@Id UUID id, UUID fromTrackId, UUID toTrackId, LocalDate changedOn, String reason, UUID changedBy,
		Instant recordedAt) {

}
