package se.steget.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessManagement;
import se.steget.access.AccessScope;
import se.steget.core.CorrectionLog.Correction;
import se.steget.core.Difference;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.core.StaleEditException;
import se.steget.core.StaleEdits;
import se.steget.project.IntakeManagement;
import se.steget.project.ProjectManagement;
import se.steget.project.ProjectView;
import se.steget.project.TrackManagement;
import se.steget.project.TrackView;

/**
 * A participant's path through a project: the intake steps, the tracks and phases, the
 * pauses, and the timeline of it all. The project's configuration decides what is
 * allowed.
 */
@Service
@Transactional(readOnly = true)
public class PathManagement {

	private final Enrollments enrollments;

	private final EnrollmentManagement management;

	private final ProjectManagement projects;

	private final TrackManagement tracks;

	private final IntakeManagement intake;

	private final AccessManagement access;

	private final Clock clock;

	private final ObjectProvider<TimelineSource> sources;

	private final ExitCorrections corrections;

	private final IntakeCorrections intakeCorrections;

	PathManagement(Enrollments enrollments, EnrollmentManagement management, ProjectManagement projects,
			TrackManagement tracks, IntakeManagement intake, AccessManagement access,
			ObjectProvider<TimelineSource> sources, ExitCorrections corrections, IntakeCorrections intakeCorrections,
			Clock clock) {
		this.intakeCorrections = intakeCorrections;
		this.sources = sources;
		this.corrections = corrections;
		this.enrollments = enrollments;
		this.management = management;
		this.projects = projects;
		this.tracks = tracks;
		this.intake = intake;
		this.access = access;
		this.clock = clock;
	}

	/** How each of the project's intake steps went for this person, in order. */
	public List<IntakeProgress> intakeProgress(UUID id, AccessScope scope) {
		EnrollmentView view = this.management.get(id, scope);
		Map<UUID, IntakeRecord> records = new HashMap<>();
		this.management.load(id, scope).getIntakeRecords().forEach((r) -> records.put(r.stepId(), r));
		Map<UUID, String> names = new HashMap<>();
		this.access.staff(records.values().stream().map(IntakeRecord::staffUserId).filter(Objects::nonNull).toList())
			.forEach((m) -> names.put(m.id(), m.displayName()));
		return this.intake.steps(view.projectId()).stream().map((step) -> {
			IntakeRecord r = records.get(step.id());
			return (r == null) ? new IntakeProgress(step.id(), null, step.name(), null, null, null, null, null)
					: new IntakeProgress(step.id(), r.id(), step.name(), r.recordedOn(), names.get(r.staffUserId()),
							r.outcome(), r.reason(), r.note());
		}).toList();
	}

	/** Records how the person's next intake step went. */
	@Transactional
	public void recordIntake(UUID id, IntakeRecordForm form, AccessScope scope) {
		List<IntakeProgress> progress = intakeProgress(id, scope);
		IntakeProgress next = progress.stream()
			.filter((p) -> !p.taken())
			.findFirst()
			.orElseThrow(() -> new RejectedInputException("outcome", "error.notInIntake"));
		Enrollment enrollment = this.management.load(id, scope);
		StaleEditException.check(form.getVersion(), enrollment.getVersion());
		enrollment.recordIntake(form.recordOf(next.stepId()), next == progress.get(progress.size() - 1),
				LocalDate.now(this.clock));
		StaleEdits.refused(() -> this.enrollments.save(enrollment));
	}

	/** The form to correct one intake record, as of the enrollment's version. */
	public IntakeRecordForm intakeForm(UUID id, UUID recordId, AccessScope scope) {
		Enrollment enrollment = this.management.load(id, scope);
		return IntakeRecordForm.of(record(enrollment, recordId), enrollment.getVersion());
	}

	/**
	 * Corrects an intake record as of the enrollment version the user saw; what it said
	 * before is kept in the history.
	 */
	@Transactional
	public void correctIntake(UUID id, UUID recordId, IntakeRecordForm form, AccessScope scope) {
		Enrollment enrollment = this.management.load(id, scope);
		StaleEditException.check(form.getVersion(), enrollment.getVersion());
		IntakeRecord before = record(enrollment, recordId);
		enrollment.correctIntake(recordId, form.recordOf(before.stepId()), LocalDate.now(this.clock));
		StaleEdits.refused(() -> this.enrollments.save(enrollment));
		this.intakeCorrections.edited(id, before, record(enrollment, recordId), scope.userId());
	}

	/**
	 * Removes the latest intake record, recorded by mistake, as of the version the user
	 * saw.
	 */
	@Transactional
	public void removeIntake(UUID id, UUID recordId, Integer expectedVersion, AccessScope scope) {
		Enrollment enrollment = this.management.load(id, scope);
		StaleEditException.check(expectedVersion, enrollment.getVersion());
		IntakeRecord record = record(enrollment, recordId);
		enrollment.removeLatestIntake(recordId);
		StaleEdits.refused(() -> this.enrollments.save(enrollment));
		this.intakeCorrections.removed(id, record, scope.userId());
	}

	/**
	 * After a stale correction: the fields the intake record now holds differently from
	 * what the user typed, with the form moved on to the saved version.
	 */
	public List<Difference> intakeDifferences(UUID id, UUID recordId, IntakeRecordForm typed, AccessScope scope) {
		Enrollment enrollment = this.management.load(id, scope);
		IntakeRecord saved = record(enrollment, recordId);
		typed.setVersion(enrollment.getVersion());
		return saved.changesTo(typed.recordOf(saved.stepId()), this.intakeCorrections::staffName);
	}

	/** The corrections of the enrollment's intake records, newest first. */
	public List<Correction> intakeCorrections(UUID id, AccessScope scope) {
		this.management.get(id, scope);
		return this.intakeCorrections.of(id);
	}

	private static IntakeRecord record(Enrollment enrollment, UUID recordId) {
		return enrollment.getIntakeRecords()
			.stream()
			.filter((r) -> r.id().equals(recordId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Intake record"));
	}

	/** Moves the participant into a track, if the project's configuration allows it. */
	@Transactional
	public void changeTrack(UUID id, TrackChangeForm form, UUID by, AccessScope scope) {
		Enrollment enrollment = this.management.load(id, scope);
		ProjectView project = this.projects.get(enrollment.getProjectId(), scope);
		TrackView to = this.tracks.track(form.getTrackId())
			.filter((t) -> t.projectId().equals(project.id()))
			.orElseThrow(() -> new RejectedInputException("trackId", "error.unknownTrack"));
		boolean allowed = (enrollment.getTrackId() == null) ? to.firstTrack()
				: this.tracks.track(enrollment.getTrackId()).map((from) -> from.allowsNext(to.id())).orElse(false);
		enrollment.changeTrack(
				new TrackRules(to, allowed, project.pausesStopCounters(), this.intake.steps(project.id()).size()),
				form.getChangedOn(), form.getReason(), by, this.clock.instant(), LocalDate.now(this.clock));
		this.enrollments.save(enrollment);
	}

	/**
	 * Starts or records a pause, or ends the one that goes on when the form has only an
	 * end date.
	 */
	@Transactional
	public void pause(UUID id, PauseForm form, AccessScope scope) {
		Enrollment enrollment = this.management.load(id, scope);
		LocalDate today = LocalDate.now(this.clock);
		if (enrollment.getPausedSince() != null) {
			if (form.getEndDate() == null) {
				throw new RejectedInputException("endDate", "error.required");
			}
			enrollment.endPause(form.getEndDate(), today);
		}
		else {
			if (form.getStartDate() == null || form.getReason() == null) {
				throw new RejectedInputException((form.getStartDate() == null) ? "startDate" : "reason",
						"error.required");
			}
			enrollment.pause(form.getStartDate(), form.getEndDate(), form.getReason(), form.getNote(), today);
		}
		this.enrollments.save(enrollment);
	}

	/**
	 * Everything that happened in the participant's enrollments the user may see, newest
	 * first.
	 */
	public List<TimelineEvent> timeline(UUID participantId, AccessScope scope) {
		List<EnrollmentView> views = this.management.ofParticipant(participantId, scope);
		List<TimelineEvent> events = new ArrayList<>();
		for (Enrollment enrollment : this.enrollments.findAllById(views.stream().map(EnrollmentView::id).toList())) {
			String project = views.stream()
				.filter((v) -> v.id().equals(enrollment.getId()))
				.findFirst()
				.map(EnrollmentView::projectName)
				.orElse("");
			Map<UUID, String> trackNames = new HashMap<>();
			this.tracks.tracks(enrollment.getProjectId()).forEach((t) -> trackNames.put(t.id(), t.name()));
			this.intake.steps(enrollment.getProjectId()).forEach((s) -> trackNames.put(s.id(), s.name()));
			events.addAll(TimelineEvent.of(enrollment, project, trackNames));
			for (var correction : this.corrections.of(enrollment.getId())) {
				boolean undone = correction.kind() == ExitCorrections.Kind.UNDONE;
				events.add(new TimelineEvent(correction.correctedAt().toLocalDate(),
						undone ? TimelineEvent.Kind.EXIT_UNDONE : TimelineEvent.Kind.EXIT_CORRECTED, project,
						undone ? null : correction.exitReasonAfter().name(), correction.reason(),
						undone ? null : "exitReason." + correction.exitReasonAfter()));
			}
		}
		if (!views.isEmpty()) {
			this.sources.orderedStream().forEach((source) -> events.addAll(source.events(views)));
		}
		events.sort(Comparator.comparing(TimelineEvent::date).thenComparing(TimelineEvent::kind).reversed());
		return events;
	}

}
