package se.steget.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessManagement;
import se.steget.access.AccessScope;
import se.steget.core.Gender;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.participant.ParticipantManagement;
import se.steget.project.IntakeManagement;
import se.steget.project.ProjectManagement;
import se.steget.project.ProjectView;
import se.steget.project.TrackManagement;
import se.steget.project.TrackView;

/**
 * The enrollment module's public API. A user sees the enrollments of the projects they
 * belong to.
 */
@Service
@Transactional(readOnly = true)
public class EnrollmentManagement {

	static final int PAGE_SIZE = 25;

	private final Enrollments enrollments;

	private final JdbcClient jdbc;

	private final ParticipantManagement participants;

	private final ProjectManagement projects;

	private final AccessManagement access;

	private final TrackManagement tracks;

	private final IntakeManagement intake;

	private final Clock clock;

	EnrollmentManagement(Enrollments enrollments, JdbcClient jdbc, ParticipantManagement participants,
			ProjectManagement projects, AccessManagement access, TrackManagement tracks, IntakeManagement intake,
			Clock clock) {
		this.intake = intake;
		this.tracks = tracks;
		this.enrollments = enrollments;
		this.jdbc = jdbc;
		this.participants = participants;
		this.projects = projects;
		this.access = access;
		this.clock = clock;
	}

	public Page<EnrollmentView> search(String text, UUID projectId, EnrollmentStatus status, int page,
			AccessScope scope) {
		int number = Math.max(page, 0);
		Map<String, Object> params = new HashMap<>();
		String where = " where " + inScope(scope, params);
		if (text != null && !text.isBlank()) {
			where += " and not p.protected_identity and lower(p.first_name || ' ' || p.last_name) like :q";
			params.put("q", "%" + text.strip().toLowerCase() + "%");
		}
		if (projectId != null) {
			where += " and e.project_id = :project";
			params.put("project", projectId);
		}
		if (status != null) {
			where += " and e.status = :status";
			params.put("status", status.name());
		}
		long total = this.jdbc
			.sql("select count(*) from enrollment e join participant p on p.id = e.participant_id" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", PAGE_SIZE);
		params.put("offset", (long) number * PAGE_SIZE);
		List<EnrollmentView> rows = this.jdbc
			.sql(EnrollmentView.SELECT + where + " order by e.start_date desc, e.id limit :limit offset :offset")
			.params(params)
			.query(EnrollmentView.class)
			.list();
		return new PageImpl<>(rows, PageRequest.of(number, PAGE_SIZE), total);
	}

	public EnrollmentView get(UUID id, AccessScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		return this.jdbc.sql(EnrollmentView.SELECT + " where e.id = :id and " + inScope(scope, params))
			.params(params)
			.query(EnrollmentView.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Enrollment"));
	}

	/** A participant's enrollments in the projects the user may see, newest first. */
	public List<EnrollmentView> ofParticipant(UUID participantId, AccessScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("participant", participantId);
		return this.jdbc
			.sql(EnrollmentView.SELECT + " where e.participant_id = :participant and " + inScope(scope, params)
					+ " order by e.start_date desc")
			.params(params)
			.query(EnrollmentView.class)
			.list();
	}

	/**
	 * The ongoing enrollments a staff member is responsible for or shares, in one query
	 * with their counters.
	 */
	public List<EnrollmentView> caseload(AccessScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("user", scope.userId());
		return this.jdbc
			.sql(EnrollmentView.SELECT + " where (e.responsible_user_id = :user or exists (select 1 from case_staff s"
					+ " where s.enrollment_id = e.id and s.user_id = :user)) and e.status <> 'EXITED' and "
					+ inScope(scope, params) + " order by e.start_date")
			.params(params)
			.query(EnrollmentView.class)
			.list();
	}

	/**
	 * Per project the user may see: enrolled, in intake, active and exited, by gender.
	 */
	public List<ProjectFigures> figuresByProject(AccessScope scope) {
		Map<UUID, ProjectFigures> figures = new LinkedHashMap<>();
		this.projects.visible(scope).forEach((p) -> figures.put(p.id(), new ProjectFigures(p.id(), p.name())));
		Map<String, Object> params = new HashMap<>();
		this.jdbc
			.sql("select e.project_id, e.status, p.gender, count(*) as n from enrollment e"
					+ " join participant p on p.id = e.participant_id where " + inScope(scope, params)
					+ " group by e.project_id, e.status, p.gender")
			.params(params)
			.query(FigureCell.class)
			.list()
			.forEach((cell) -> figures.computeIfPresent(cell.projectId(),
					(id, f) -> f.plus(cell.status(), cell.gender(), cell.n())));
		return List.copyOf(figures.values());
	}

	@Transactional
	public UUID enroll(EnrollmentForm form, AccessScope scope) {
		this.participants.get(form.getParticipantId(), scope);
		ProjectView project = projectFor(form.getProjectId(), scope);
		checkStart(form, project);
		requireNoOverlap(form.getParticipantId(), form.getProjectId(), null, form.getStartDate(), null);
		var enrollment = Enrollment.enroll(form.getParticipantId(), form.getProjectId(), form.getStartDate(),
				form.getResponsibleUserId(), form.isActive());
		enrollment.change(form.getStartDate(), form.getResponsibleUserId(), form.getParticipationPercent(),
				form.getPlannedEndDate());
		return this.enrollments.save(enrollment).getId();
	}

	@Transactional
	public void change(UUID id, EnrollmentForm form, AccessScope scope) {
		Enrollment enrollment = load(id, scope);
		form.setParticipantId(enrollment.getParticipantId());
		form.setProjectId(enrollment.getProjectId());
		checkStart(form, projectFor(enrollment.getProjectId(), scope));
		requireNoOverlap(enrollment.getParticipantId(), enrollment.getProjectId(), id, form.getStartDate(),
				enrollment.getExitDate());
		enrollment.change(form.getStartDate(), form.getResponsibleUserId(), form.getParticipationPercent(),
				form.getPlannedEndDate());
		if (form.isActive() && enrollment.getStatus() == EnrollmentStatus.INTAKE) {
			enrollment.activate();
		}
		this.enrollments.save(enrollment);
	}

	@Transactional
	public void exit(UUID id, ExitForm form, AccessScope scope) {
		Enrollment enrollment = load(id, scope);
		enrollment.exit(form.getExitDate(), form.getExitReason(), form.getExitNote(), LocalDate.now(this.clock));
		this.enrollments.save(enrollment);
	}

	/** Moves the participant into a track, if the project's configuration allows it. */
	@Transactional
	public void changeTrack(UUID id, TrackChangeForm form, UUID by, AccessScope scope) {
		Enrollment enrollment = load(id, scope);
		ProjectView project = this.projects.get(enrollment.getProjectId(), scope);
		TrackView to = this.tracks.track(form.getTrackId())
			.filter((t) -> t.projectId().equals(project.id()))
			.orElseThrow(() -> new RejectedInputException("trackId", "error.unknownTrack"));
		boolean allowed = (enrollment.getTrackId() == null) ? to.firstTrack()
				: this.tracks.track(enrollment.getTrackId()).map((from) -> from.allowsNext(to.id())).orElse(false);
		enrollment.changeTrack(
				new TrackRules(to, allowed, project.pausesStopCounters(), this.intake.steps(project.id()).size()),
				form.getChangedOn(), form.getReason(), by, LocalDate.now(this.clock));
		this.enrollments.save(enrollment);
	}

	/** How each of the project's intake steps went for this person, in order. */
	public List<IntakeProgress> intakeProgress(UUID id, AccessScope scope) {
		EnrollmentView view = get(id, scope);
		Map<UUID, IntakeRecord> records = new HashMap<>();
		load(id, scope).getIntakeRecords().forEach((r) -> records.put(r.stepId(), r));
		Map<UUID, String> names = new HashMap<>();
		this.access.staff().forEach((m) -> names.put(m.id(), m.displayName()));
		return this.intake.steps(view.projectId()).stream().map((step) -> {
			IntakeRecord r = records.get(step.id());
			return (r == null) ? new IntakeProgress(step.id(), step.name(), null, null, null, null, null)
					: new IntakeProgress(step.id(), step.name(), r.recordedOn(), names.get(r.staffUserId()),
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
		Enrollment enrollment = load(id, scope);
		enrollment.recordIntake(next.stepId(), next == progress.get(progress.size() - 1), form,
				LocalDate.now(this.clock));
		this.enrollments.save(enrollment);
	}

	/**
	 * Starts or records a pause, or ends the one that goes on when the form has only an
	 * end date.
	 */
	@Transactional
	public void pause(UUID id, PauseForm form, AccessScope scope) {
		Enrollment enrollment = load(id, scope);
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
	 * The project's ongoing enrollments near or past their track's limit, in one query.
	 */
	public List<EnrollmentView> limitAlerts(UUID projectId, AccessScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("project", projectId);
		return this.jdbc
			.sql(EnrollmentView.SELECT + " where e.project_id = :project and e.status <> 'EXITED'"
					+ " and t.max_days is not null and " + inScope(scope, params) + " order by e.track_since")
			.params(params)
			.query(EnrollmentView.class)
			.list()
			.stream()
			.filter((e) -> e.limit() != LimitState.NONE)
			.sorted(java.util.Comparator.comparing(EnrollmentView::daysLeft))
			.toList();
	}

	/**
	 * Everything that happened in the participant's enrollments the user may see, newest
	 * first.
	 */
	public List<TimelineEvent> timeline(UUID participantId, AccessScope scope) {
		List<EnrollmentView> views = ofParticipant(participantId, scope);
		List<TimelineEvent> events = new java.util.ArrayList<>();
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
		}
		events.sort(java.util.Comparator.comparing(TimelineEvent::date).thenComparing(TimelineEvent::kind).reversed());
		return events;
	}

	public List<CaseStaffView> caseStaff(UUID id, AccessScope scope) {
		get(id, scope);
		return this.jdbc
			.sql("select s.user_id, u.display_name, s.case_role from case_staff s join user_account u"
					+ " on u.id = s.user_id where s.enrollment_id = ? order by u.display_name")
			.param(id)
			.query(CaseStaffView.class)
			.list();
	}

	@Transactional
	public void shareCase(UUID id, CaseStaffForm form, AccessScope scope) {
		Enrollment enrollment = load(id, scope);
		if (this.access.find(form.getUserId()).isEmpty()) {
			throw new RejectedInputException("userId", "error.unknownUser");
		}
		enrollment.shareWith(form.getUserId(), form.getCaseRole());
		this.enrollments.save(enrollment);
	}

	@Transactional
	public void unshareCase(UUID id, UUID userId, AccessScope scope) {
		Enrollment enrollment = load(id, scope);
		enrollment.unshare(userId);
		this.enrollments.save(enrollment);
	}

	EnrollmentForm changeForm(UUID id, AccessScope scope) {
		Enrollment enrollment = load(id, scope);
		var form = new EnrollmentForm();
		form.setParticipantId(enrollment.getParticipantId());
		form.setProjectId(enrollment.getProjectId());
		form.setStartDate(enrollment.getStartDate());
		form.setResponsibleUserId(enrollment.getResponsibleUserId());
		form.setActive(enrollment.getStatus() != EnrollmentStatus.INTAKE);
		form.setParticipationPercent(enrollment.getParticipationPercent());
		form.setPlannedEndDate(enrollment.getPlannedEndDate());
		return form;
	}

	private Enrollment load(UUID id, AccessScope scope) {
		get(id, scope);
		return this.enrollments.findById(id).orElseThrow(() -> new NotFoundException("Enrollment"));
	}

	private ProjectView projectFor(UUID projectId, AccessScope scope) {
		try {
			return this.projects.get(projectId, scope);
		}
		catch (NotFoundException ex) {
			throw new RejectedInputException("projectId", "error.unknownProject");
		}
	}

	private void checkStart(EnrollmentForm form, ProjectView project) {
		if (form.getStartDate().isBefore(project.periodStart()) || form.getStartDate().isAfter(project.periodEnd())) {
			throw new RejectedInputException("startDate", "error.startOutsideProjectPeriod");
		}
		if (form.getResponsibleUserId() != null && !this.access.isMember(project.id(), form.getResponsibleUserId())) {
			throw new RejectedInputException("responsibleUserId", "error.responsibleNotMember");
		}
	}

	/** Two enrollments of one person in one project must not overlap in time. */
	private void requireNoOverlap(UUID participantId, UUID projectId, UUID self, LocalDate start, LocalDate end) {
		long overlapping = this.jdbc
			.sql("select count(*) from enrollment where participant_id = :participant and project_id = :project"
					+ " and id <> :self and start_date <= :end and (exit_date is null or exit_date >= :start)")
			.param("participant", participantId)
			.param("project", projectId)
			.param("self", (self != null) ? self : new UUID(0, 0))
			.param("start", start)
			.param("end", (end != null) ? end : LocalDate.of(9999, 12, 31))
			.query(Long.class)
			.single();
		if (overlapping > 0) {
			throw new RejectedInputException("startDate", "error.overlappingEnrollment");
		}
	}

	private record FigureCell(UUID projectId, EnrollmentStatus status, Gender gender, long n) {
	}

	/** The user's projects, and the shared cases the user is on in other projects. */
	private static String inScope(AccessScope scope, Map<String, Object> params) {
		if (scope.allProjects()) {
			return "1 = 1";
		}
		params.put("projects", scope.projectFilter());
		params.put("me", scope.userId());
		return "(e.project_id in (:projects) or exists (select 1 from case_staff cs where cs.enrollment_id = e.id"
				+ " and cs.user_id = :me))";
	}

}
