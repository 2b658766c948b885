package se.steget.casework;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A contact with a participant as it is logged: when, how, what about, for how long, by
 * whom, and a note.
 */
record ContactEntry(LocalDateTime contactedAt, ContactChannel channel, ContactKind kind, Integer durationMinutes,
		UUID staffUserId, String note) {

}
