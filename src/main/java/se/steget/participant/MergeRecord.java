package se.steget.participant;

import java.time.LocalDateTime;
import java.util.UUID;

/** A merge as the kept person's history shows it. */
public record MergeRecord(UUID removedId, String removedNumber, String removedFirstName, String removedLastName,
		String takenFields, int movedEnrollments, String mergedByName, LocalDateTime mergedAt) {
}
