package se.steget.enrollment;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;

import se.steget.core.RejectedInputException;

/**
 * One participant's stay in one project: intake, then active, then exited.
 */
class Enrollment extends AbstractAggregateRoot<Enrollment> {

	@Id
	private UUID id;

	private UUID participantId;

	private UUID projectId;

	private LocalDate startDate;

	private UUID responsibleUserId;

	private EnrollmentStatus status;

	private LocalDate exitDate;

	private ExitReason exitReason;

	private String exitNote;

	@Version
	private Integer version;

	Enrollment() {
	}

	static Enrollment enroll(UUID participantId, UUID projectId, LocalDate startDate, UUID responsibleUserId,
			boolean active) {
		var enrollment = new Enrollment();
		enrollment.id = UUID.randomUUID();
		enrollment.participantId = participantId;
		enrollment.projectId = projectId;
		enrollment.startDate = startDate;
		enrollment.responsibleUserId = responsibleUserId;
		enrollment.status = active ? EnrollmentStatus.ACTIVE : EnrollmentStatus.INTAKE;
		enrollment.registerEvent(new ParticipantEnrolled(enrollment.id, participantId, projectId, startDate));
		return enrollment;
	}

	void change(LocalDate startDate, UUID responsibleUserId) {
		if (this.exitDate != null && this.exitDate.isBefore(startDate)) {
			throw new RejectedInputException("startDate", "error.startAfterExit");
		}
		this.startDate = startDate;
		this.responsibleUserId = responsibleUserId;
	}

	void activate() {
		if (this.status != EnrollmentStatus.INTAKE) {
			throw new RejectedInputException("status", "error.notInIntake");
		}
		this.status = EnrollmentStatus.ACTIVE;
	}

	void exit(LocalDate on, ExitReason reason, String note, LocalDate today) {
		if (this.status == EnrollmentStatus.EXITED) {
			throw new RejectedInputException("exitDate", "error.alreadyExited");
		}
		if (on.isBefore(this.startDate)) {
			throw new RejectedInputException("exitDate", "error.exitBeforeStart");
		}
		if (on.isAfter(today)) {
			throw new RejectedInputException("exitDate", "error.exitInFuture");
		}
		this.status = EnrollmentStatus.EXITED;
		this.exitDate = on;
		this.exitReason = reason;
		this.exitNote = note;
		registerEvent(new ParticipantExited(this.id, this.participantId, this.projectId, on, reason));
	}

	UUID getId() {
		return this.id;
	}

	UUID getParticipantId() {
		return this.participantId;
	}

	UUID getProjectId() {
		return this.projectId;
	}

	LocalDate getStartDate() {
		return this.startDate;
	}

	UUID getResponsibleUserId() {
		return this.responsibleUserId;
	}

	EnrollmentStatus getStatus() {
		return this.status;
	}

	LocalDate getExitDate() {
		return this.exitDate;
	}

	ExitReason getExitReason() {
		return this.exitReason;
	}

	String getExitNote() {
		return this.exitNote;
	}

}
