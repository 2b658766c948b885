package se.steget.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.MappedCollection;

import se.steget.core.NotFoundException;
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

	private UUID trackId;

	private LocalDate trackSince;

	private int participationPercent = 100;

	private LocalDate plannedEndDate;

	private int pausedDays;

	private int trackPausedDays;

	private LocalDate pausedSince;

	@MappedCollection(idColumn = "enrollment_id")
	private Set<TrackChange> trackChanges = new HashSet<>();

	@MappedCollection(idColumn = "enrollment_id")
	private Set<Pause> pauses = new HashSet<>();

	@MappedCollection(idColumn = "enrollment_id")
	private Set<CaseStaff> caseStaff = new HashSet<>();

	@MappedCollection(idColumn = "enrollment_id")
	private Set<IntakeRecord> intakeRecords = new HashSet<>();

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

	void change(LocalDate startDate, UUID responsibleUserId, int participationPercent, LocalDate plannedEndDate) {
		if (this.exitDate != null && this.exitDate.isBefore(startDate)) {
			throw new RejectedInputException("startDate", "error.startAfterExit");
		}
		LocalDate firstEvent = firstEvent();
		if (firstEvent != null && firstEvent.isBefore(startDate)) {
			throw new RejectedInputException("startDate", "error.startAfterEvents");
		}
		if (plannedEndDate != null && plannedEndDate.isBefore(startDate)) {
			throw new RejectedInputException("plannedEndDate", "error.plannedEndBeforeStart");
		}
		this.startDate = startDate;
		this.responsibleUserId = responsibleUserId;
		this.participationPercent = participationPercent;
		this.plannedEndDate = plannedEndDate;
	}

	/**
	 * Moves the participant into a track. The project's configuration decides which moves
	 * are allowed; a move is never dated before the previous one.
	 */
	void changeTrack(TrackRules rules, LocalDate on, String reason, UUID by, Instant now, LocalDate today) {
		if (this.status == EnrollmentStatus.EXITED) {
			throw new RejectedInputException("trackId", "error.alreadyExited");
		}
		if (rules.to().id().equals(this.trackId)) {
			throw new RejectedInputException("trackId", "error.sameTrack");
		}
		if (this.status == EnrollmentStatus.INTAKE && rules.intakeSteps() > 0) {
			throw new RejectedInputException("trackId", "error.intakeNotDone");
		}
		if (!rules.allowed()) {
			throw new RejectedInputException("trackId", "error.transitionNotAllowed");
		}
		if (on.isBefore(this.startDate) || (this.trackSince != null && on.isBefore(this.trackSince))) {
			throw new RejectedInputException("changedOn", "error.changeBeforePrevious");
		}
		if (on.isAfter(today)) {
			throw new RejectedInputException("changedOn", "error.dateInFuture");
		}
		Integer minDays = rules.to().minDaysBeforeEntry();
		if (minDays != null && countedDaysBefore(on, rules.pausesStopCounters()) < minDays) {
			throw new RejectedInputException("trackId", "error.tooEarlyForTrack", minDays);
		}
		this.trackChanges.add(new TrackChange(UUID.randomUUID(), this.trackId, rules.to().id(), on, reason, by, now));
		this.trackId = rules.to().id();
		this.trackSince = on;
		this.trackPausedDays = (int) closedPauseDays(on);
		if (this.status == EnrollmentStatus.INTAKE) {
			this.status = EnrollmentStatus.ACTIVE;
		}
	}

	/** Starts a pause, or records a past one when {@code end} is given (its last day). */
	void pause(LocalDate start, LocalDate end, PauseReason reason, String note, LocalDate today) {
		if (this.status == EnrollmentStatus.EXITED) {
			throw new RejectedInputException("startDate", "error.alreadyExited");
		}
		if (start.isBefore(this.startDate)) {
			throw new RejectedInputException("startDate", "error.pauseBeforeStart");
		}
		if (start.isAfter(today) || (end != null && end.isAfter(today))) {
			throw new RejectedInputException((end != null) ? "endDate" : "startDate", "error.dateInFuture");
		}
		if (end != null && end.isBefore(start)) {
			throw new RejectedInputException("endDate", "error.pauseEndBeforeStart");
		}
		if (this.pauses.stream().anyMatch((p) -> p.overlaps(start, end))) {
			throw new RejectedInputException("startDate", "error.overlappingPause");
		}
		var pause = new Pause(UUID.randomUUID(), start, end, reason, note);
		this.pauses.add(pause);
		if (end == null) {
			this.pausedSince = start;
		}
		else {
			countClosed(pause);
		}
	}

	void endPause(LocalDate end, LocalDate today) {
		Pause open = this.pauses.stream()
			.filter(Pause::isOpen)
			.findFirst()
			.orElseThrow(() -> new RejectedInputException("endDate", "error.noOpenPause"));
		if (end.isBefore(open.startDate())) {
			throw new RejectedInputException("endDate", "error.pauseEndBeforeStart");
		}
		if (end.isAfter(today)) {
			throw new RejectedInputException("endDate", "error.dateInFuture");
		}
		this.pauses.remove(open);
		Pause closed = open.endedOn(end);
		this.pauses.add(closed);
		this.pausedSince = null;
		countClosed(closed);
	}

	/**
	 * Records how the next intake step went. Passing the last step makes the participant
	 * active; being declined or withdrawing ends the enrollment.
	 * @param record how the next step the person has not passed went
	 * @param last whether it is the project's last intake step
	 */
	void recordIntake(IntakeRecord record, boolean last, LocalDate today) {
		if (this.status != EnrollmentStatus.INTAKE) {
			throw new RejectedInputException("outcome", "error.notInIntake");
		}
		LocalDate on = record.recordedOn();
		LocalDate previous = this.intakeRecords.stream()
			.map(IntakeRecord::recordedOn)
			.max(LocalDate::compareTo)
			.orElse(this.startDate);
		if (on.isBefore(previous) || on.isBefore(this.startDate)) {
			throw new RejectedInputException("recordedOn", "error.stepBeforePrevious");
		}
		if (on.isAfter(today)) {
			throw new RejectedInputException("recordedOn", "error.dateInFuture");
		}
		boolean stops = record.outcome() != IntakeOutcome.PASSED;
		if (stops && (record.reason() == null || record.reason().isBlank())) {
			throw new RejectedInputException("reason", "error.reasonRequired");
		}
		this.intakeRecords.add(record);
		if (stops) {
			exit(on, (record.outcome() == IntakeOutcome.DECLINED) ? ExitReason.DECLINED_AT_INTAKE
					: ExitReason.WITHDREW_AT_INTAKE, record.reason(), today);
		}
		else if (last) {
			this.status = EnrollmentStatus.ACTIVE;
		}
	}

	/**
	 * Corrects an intake record written wrongly: its day, who took it, the reason and the
	 * note. How the step went stays, and a step that ended the enrollment keeps its day
	 * and reason, which are the exit's (corrected with the exit).
	 */
	void correctIntake(UUID recordId, IntakeRecord corrected, LocalDate today) {
		IntakeRecord record = intakeRecord(recordId);
		if (corrected.outcome() != record.outcome()) {
			throw new RejectedInputException("outcome", "error.intakeOutcomeFixed");
		}
		boolean stopped = record.outcome() != IntakeOutcome.PASSED;
		if (stopped && !corrected.recordedOn().equals(record.recordedOn())) {
			throw new RejectedInputException("recordedOn", "error.intakeStopIsExit");
		}
		if (stopped && !Objects.equals(corrected.reason(), record.reason())) {
			throw new RejectedInputException("reason", "error.intakeStopIsExit");
		}
		checkIntakeDay(record, corrected.recordedOn(), today);
		this.intakeRecords.remove(record);
		this.intakeRecords.add(new IntakeRecord(record.id(), record.stepId(), corrected.recordedOn(),
				corrected.staffUserId(), record.outcome(), corrected.reason(), corrected.note()));
	}

	/**
	 * Removes the latest intake step recorded by mistake, while the person is still in
	 * intake: they are back at that step.
	 */
	void removeLatestIntake(UUID recordId) {
		IntakeRecord record = intakeRecord(recordId);
		boolean latest = this.intakeRecords.stream().noneMatch((r) -> r.recordedOn().isAfter(record.recordedOn()));
		if (this.status != EnrollmentStatus.INTAKE || !latest) {
			throw new RejectedInputException("recordedOn", "error.intakeNotLatest");
		}
		this.intakeRecords.remove(record);
	}

	/** The day of a corrected record lies between the steps before and after it. */
	private void checkIntakeDay(IntakeRecord record, LocalDate on, LocalDate today) {
		boolean afterAnEarlier = this.intakeRecords.stream()
			.filter((r) -> !r.id().equals(record.id()) && !r.recordedOn().isAfter(record.recordedOn()))
			.anyMatch((r) -> on.isBefore(r.recordedOn()));
		boolean beforeALater = this.intakeRecords.stream()
			.filter((r) -> !r.id().equals(record.id()) && r.recordedOn().isAfter(record.recordedOn()))
			.anyMatch((r) -> on.isAfter(r.recordedOn()));
		if (on.isBefore(this.startDate) || afterAnEarlier || beforeALater) {
			throw new RejectedInputException("recordedOn", "error.intakeDayOutOfOrder");
		}
		if (on.isAfter(today)) {
			throw new RejectedInputException("recordedOn", "error.dateInFuture");
		}
	}

	private IntakeRecord intakeRecord(UUID recordId) {
		return this.intakeRecords.stream()
			.filter((r) -> r.id().equals(recordId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Intake record"));
	}

	/** Adds a staff member to the shared case, or gives them another role in it. */
	void shareWith(UUID userId, CaseRole role) {
		this.caseStaff.removeIf((s) -> s.userId().equals(userId));
		this.caseStaff.add(new CaseStaff(userId, role));
	}

	void unshare(UUID userId) {
		this.caseStaff.removeIf((s) -> s.userId().equals(userId));
	}

	private void countClosed(Pause pause) {
		this.pausedDays += (int) pause.daysWithin(this.startDate, LocalDate.MAX);
		if (this.trackSince != null) {
			this.trackPausedDays += (int) pause.daysWithin(this.trackSince, LocalDate.MAX);
		}
	}

	private long closedPauseDays(LocalDate from) {
		return this.pauses.stream()
			.filter((p) -> !p.isOpen())
			.mapToLong((p) -> p.daysWithin(from, LocalDate.MAX))
			.sum();
	}

	/**
	 * Days from the start to {@code day}, less the paused days where pauses stop the
	 * counters.
	 */
	long countedDaysBefore(LocalDate day, boolean pausesStop) {
		long days = Math.max(0, ChronoUnit.DAYS.between(this.startDate, day));
		if (!pausesStop) {
			return days;
		}
		return days - this.pauses.stream().mapToLong((p) -> p.daysWithin(this.startDate, day)).sum();
	}

	private LocalDate firstEvent() {
		return this.trackChanges.stream().map(TrackChange::changedOn).min(LocalDate::compareTo).orElse(null);
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
		if (this.pausedSince != null) {
			endPause(on.isBefore(this.pausedSince) ? this.pausedSince : on, today);
		}
		this.status = EnrollmentStatus.EXITED;
		this.exitDate = on;
		this.exitReason = reason;
		this.exitNote = note;
		registerEvent(new ParticipantExited(this.id, this.participantId, this.projectId, on, reason));
	}

	/**
	 * Corrects a mistaken exit: a new date, reason or note, under the same rules as the
	 * exit itself.
	 */
	void correctExit(LocalDate on, ExitReason reason, String note, LocalDate today) {
		if (this.status != EnrollmentStatus.EXITED) {
			throw new RejectedInputException("exitDate", "error.notExited");
		}
		if (on.isBefore(this.startDate)) {
			throw new RejectedInputException("exitDate", "error.exitBeforeStart");
		}
		if (on.isAfter(today)) {
			throw new RejectedInputException("exitDate", "error.exitInFuture");
		}
		this.exitDate = on;
		this.exitReason = reason;
		this.exitNote = note;
	}

	/** Undoes a mistaken exit: the participant takes part again as before it. */
	void undoExit() {
		if (this.status != EnrollmentStatus.EXITED) {
			throw new RejectedInputException("reason", "error.notExited");
		}
		this.status = EnrollmentStatus.ACTIVE;
		this.exitDate = null;
		this.exitReason = null;
		this.exitNote = null;
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

	/** The staff the case is shared with, beside the responsible person. */
	Set<UUID> sharedWith() {
		Set<UUID> users = new HashSet<>();
		this.caseStaff.forEach((staff) -> users.add(staff.userId()));
		return users;
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

	UUID getTrackId() {
		return this.trackId;
	}

	int getParticipationPercent() {
		return this.participationPercent;
	}

	LocalDate getPlannedEndDate() {
		return this.plannedEndDate;
	}

	LocalDate getPausedSince() {
		return this.pausedSince;
	}

	Set<TrackChange> getTrackChanges() {
		return Set.copyOf(this.trackChanges);
	}

	Set<IntakeRecord> getIntakeRecords() {
		return Set.copyOf(this.intakeRecords);
	}

	Set<Pause> getPauses() {
		return Set.copyOf(this.pauses);
	}

	/**
	 * Every save tells that the enrollment changed, beside the events of what happened.
	 */
	@Override
	@DomainEvents
	protected Collection<Object> domainEvents() {
		List<Object> events = new ArrayList<>(super.domainEvents());
		events.add(new EnrollmentChanged(this.id));
		return events;
	}

	Integer getVersion() {
		return this.version;
	}

}
