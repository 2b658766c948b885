package se.steget.enrollment;

import java.time.LocalDate;
import java.util.UUID;

public record ParticipantEnrolled(UUID enrollmentId, UUID participantId, UUID projectId, LocalDate startDate) {

}
