package se.steget.enrollment;

import java.time.LocalDate;
import java.util.UUID;

public record ParticipantExited(UUID enrollmentId, UUID participantId, UUID projectId, LocalDate exitDate,
		ExitReason reason) {

}
