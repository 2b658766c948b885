package se.steget.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.steget.access.AccessManagement;
import se.steget.participant.ParticipantSummary;
import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.core.Difference;
import se.steget.core.Gender;
import se.steget.core.StaleEdits;
import se.steget.core.StaleEditException;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.participant.ParticipantManagement;
import se.steget.project.ProjectManagement;
import se.steget.project.ProjectView;

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

	private final Clock clock;

	private final ExitCorrections corrections;

	/**
	 * A savepoint around writing a batch of enrollments, so that a refused batch leaves
	 * the transaction usable for writing them one by one.
	 */
	private final TransactionTemplate savepoint;

	EnrollmentManagement(Enrollments enrollments, JdbcClient jdbc, ParticipantManagement participants,
			ProjectManagement projects, AccessManagement access, ExitCorrections corrections, Clock clock,
			PlatformTransactionManager transactions) {
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.enrollments = enrollments;
		this.corrections = corrections;
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

	/**
	 * Those of these enrollments the user may read, by id, in one query: for another
	 * module's list that names a case only to those who may see it.
	 */
	public Map<UUID, EnrollmentView> visible(Collection<UUID> ids, AccessScope scope) {
		if (ids.isEmpty() || !scope.seesPeople()) {
			return Map.of();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("ids", ids);
		Map<UUID, EnrollmentView> visible = new HashMap<>();
		this.jdbc.sql(EnrollmentView.SELECT + " where e.id in (:ids) and " + inScope(scope, params))
			.params(params)
			.query(EnrollmentView.class)
			.list()
			.forEach((e) -> visible.put(e.id(), e));
		return visible;
	}

	/** A participant's enrollments in the projects the user may see, newest first. */
	public List<EnrollmentView> ofParticipant(UUID participantId, AccessScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("participant", participantId);
		return this.jdbc
			.sql(EnrollmentView.SELECT + " where e.participant_id = :participant and "
					+ CaseScope.visibleRow(scope, params) + " order by e.start_date desc")
			.params(params)
			.query(EnrollmentView.class)
			.list();
	}

	/**
	 * The enrollments of these participants that the user may see, by participant, as
	 * {@link #ofParticipant} reads them; a thousand people a query. The scope is checked
	 * on each row found by the participant index: the union of the user's cases would
	 * read them all, and an import makes them many.
	 */
	public Map<UUID, List<EnrollmentView>> ofParticipants(Collection<UUID> participantIds, AccessScope scope) {
		Map<UUID, List<EnrollmentView>> byParticipant = new HashMap<>();
		List<UUID> ids = List.copyOf(participantIds);
		for (int from = 0; from < ids.size(); from += 1000) {
			Map<String, Object> params = new HashMap<>();
			params.put("participants", ids.subList(from, Math.min(ids.size(), from + 1000)));
			this.jdbc
				.sql(EnrollmentView.SELECT + " where e.participant_id in (:participants) and "
						+ CaseScope.visibleRow(scope, params) + " order by e.start_date desc")
				.params(params)
				.query(EnrollmentView.class)
				.list()
				.forEach((e) -> byParticipant.computeIfAbsent(e.participantId(), (k) -> new ArrayList<>()).add(e));
		}
		return byParticipant;
	}

	/** The project's ongoing enrollments the user may see, by the participant's name. */
	public List<EnrollmentView> ongoing(UUID projectId, AccessScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("project", projectId);
		return this.jdbc
			.sql(EnrollmentView.SELECT + " where e.project_id = :project and e.status <> 'EXITED' and "
					+ inScope(scope, params) + " order by " + ParticipantSummary.SHOWN_ORDER + ", e.id")
			.params(params)
			.query(EnrollmentView.class)
			.list();
	}

	/**
	 * The ongoing enrollments a staff member is responsible for or shares, in one query
	 * with their counters.
	 */
	public List<EnrollmentView> caseload(AccessScope scope) {
		if (!scope.seesPeople()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		return this.jdbc
			.sql(EnrollmentView.SELECT + " where " + CaseScope.own(scope, params) + " and e.status <> 'EXITED'"
					+ " order by e.start_date")
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
					+ " join participant p on p.id = e.participant_id where " + inProjects(scope, params)
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
		Enrolled enrolled = enrollAll(List.of(form), scope).get(0);
		if (enrolled.refused()) {
			throw enrolled.refusal();
		}
		return enrolled.id();
	}

	/** What enrolling one of many came to: the enrollment made, or why it was refused. */
	public record Enrolled(UUID id, RuntimeException refusal) {

		public boolean refused() {
			return this.refusal != null;
		}

	}

	/**
	 * Enrolls many as {@link #enroll} enrolls one, each form held to the same rules and
	 * meeting the forms before it, with the people's rows held, their stays read and the
	 * enrollments written once for them all: a refused form leaves the others. For up to
	 * a thousand forms at a time.
	 */
	@Transactional
	public List<Enrolled> enrollAll(List<EnrollmentForm> forms, AccessScope scope) {
		Set<UUID> enrollable = this.participants
			.enrollableAmong(forms.stream().map(EnrollmentForm::getParticipantId).collect(Collectors.toSet()), scope);
		if (!enrollable.isEmpty()) {
			this.participants.lockForEnrollment(enrollable);
		}
		var stays = new Stays(staysOf(enrollable));
		Map<UUID, ProjectView> projects = new HashMap<>();
		Map<List<UUID>, Boolean> members = new HashMap<>();
		BiPredicate<UUID, UUID> isMember = (project, user) -> members.computeIfAbsent(List.of(project, user),
				(key) -> this.access.isMember(project, user));
		Enrolled[] results = new Enrolled[forms.size()];
		Map<Integer, Enrollment> accepted = new LinkedHashMap<>();
		for (int i = 0; i < forms.size(); i++) {
			EnrollmentForm form = forms.get(i);
			try {
				if (!enrollable.contains(form.getParticipantId())) {
					throw new NotFoundException("Participant");
				}
				ProjectView project = projects.computeIfAbsent(form.getProjectId(), (id) -> projectFor(id, scope));
				checkStart(form.getStartDate(), responsible(form, scope), project, isMember);
				stays.requireNoOverlap(form.getParticipantId(), form.getProjectId(), form.getStartDate());
				accepted.put(i, enrollment(form, scope));
				stays.add(form.getParticipantId(), form.getProjectId(), form.getStartDate());
			}
			catch (RejectedInputException | NotFoundException refused) {
				results[i] = new Enrolled(null, refused);
			}
		}
		if (!accepted.isEmpty() && !saved(accepted.values())) {
			accepted.replaceAll((i, tried) -> enrollment(forms.get(i), scope));
			accepted.entrySet().removeIf((tried) -> !saved(List.of(tried.getValue())));
		}
		accepted.forEach((i, enrollment) -> results[i] = new Enrolled(enrollment.getId(), null));
		for (int i = 0; i < results.length; i++) {
			if (results[i] == null) { // refused by the database, written on its own
				results[i] = new Enrolled(null, new RejectedInputException("startDate", "error.overlappingEnrollment"));
			}
		}
		markEnrolled(accepted.values());
		return List.of(results);
	}

	private static UUID responsible(EnrollmentForm form, AccessScope scope) {
		return (form.getResponsibleUserId() == null && scope.role() == Role.STAFF) ? scope.userId()
				: form.getResponsibleUserId();
	}

	private static Enrollment enrollment(EnrollmentForm form, AccessScope scope) {
		UUID responsible = responsible(form, scope);
		var enrollment = Enrollment.enroll(form.getParticipantId(), form.getProjectId(), form.getStartDate(),
				responsible, form.isActive());
		enrollment.change(form.getStartDate(), responsible, form.getParticipationPercent(), form.getPlannedEndDate());
		return enrollment;
	}

	/**
	 * Writes the enrollments in one batch, or none of them when the database refuses one:
	 * PostgreSQL's exclusion constraint, for an overlap that came past the check.
	 * Refused, the caller writes each on its own so that the refusal names its form.
	 */
	private boolean saved(Collection<Enrollment> made) {
		try {
			this.savepoint.executeWithoutResult((status) -> this.enrollments.saveAll(made));
			return true;
		}
		catch (DataIntegrityViolationException ex) {
			return false;
		}
	}

	private void markEnrolled(Collection<Enrollment> made) {
		Map<UUID, LocalDate> firstStart = new HashMap<>();
		made.forEach((e) -> firstStart.merge(e.getParticipantId(), e.getStartDate(), (a, b) -> a.isBefore(b) ? a : b));
		this.participants.markEnrolled(firstStart);
	}

	private Map<UUID, List<Stays.Stay>> staysOf(Set<UUID> people) {
		Map<UUID, List<Stays.Stay>> byPerson = new HashMap<>();
		List<UUID> ids = List.copyOf(people);
		for (int from = 0; from < ids.size(); from += 1000) {
			this.jdbc
				.sql("select participant_id, project_id, start_date, exit_date from enrollment"
						+ " where participant_id in (:ids)")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
				.query(Stays.Stay.class)
				.list()
				.forEach((stay) -> byPerson.computeIfAbsent(stay.participantId(), (k) -> new ArrayList<>()).add(stay));
		}
		return byPerson;
	}

	@Transactional
	public void change(UUID id, EnrollmentForm form, AccessScope scope) {
		Enrollment enrollment = load(id, scope);
		StaleEditException.check(form.getVersion(), enrollment.getVersion());
		checkStart(form.getStartDate(), form.getResponsibleUserId(), projectFor(enrollment.getProjectId(), scope),
				this.access::isMember);
		this.participants.lockForEnrollment(enrollment.getParticipantId());
		requireNoOverlap(enrollment.getParticipantId(), enrollment.getProjectId(), id, form.getStartDate(),
				enrollment.getExitDate(), "startDate");
		enrollment.change(form.getStartDate(), form.getResponsibleUserId(), form.getParticipationPercent(),
				form.getPlannedEndDate());
		if (form.isActive() && enrollment.getStatus() == EnrollmentStatus.INTAKE) {
			enrollment.activate();
		}
		StaleEdits.refused(() -> this.enrollments.save(enrollment));
	}

	/**
	 * Corrects an exit's date, reason or note, with the reason for the correction; the
	 * correction is kept with what the exit was before.
	 */
	@Transactional
	public void correctExit(UUID id, ExitForm form, AccessScope scope) {
		Enrollment enrollment = load(id, scope);
		StaleEditException.check(form.getVersion(), enrollment.getVersion());
		String reason = correctionReason(form.getCorrectionReason(), "correctionReason");
		var before = ExitCorrections.Exit.of(enrollment);
		this.participants.lockForEnrollment(enrollment.getParticipantId());
		requireNoOverlap(enrollment.getParticipantId(), enrollment.getProjectId(), id, enrollment.getStartDate(),
				form.getExitDate(), "exitDate");
		enrollment.correctExit(form.getExitDate(), form.getExitReason(), blankToNull(form.getExitNote()),
				LocalDate.now(this.clock));
		StaleEdits.refused(() -> this.enrollments.save(enrollment));
		this.corrections.record(id, ExitCorrections.Kind.CORRECTED, before, ExitCorrections.Exit.of(enrollment), reason,
				scope.userId(), LocalDateTime.now(this.clock));
	}

	/** Undoes a mistaken exit, with the reason; the exit as it was is kept. */
	@Transactional
	public void undoExit(UUID id, String why, Integer version, AccessScope scope) {
		Enrollment enrollment = load(id, scope);
		StaleEditException.check(version, enrollment.getVersion());
		String reason = correctionReason(why, "reason");
		var before = ExitCorrections.Exit.of(enrollment);
		this.participants.lockForEnrollment(enrollment.getParticipantId());
		requireNoOverlap(enrollment.getParticipantId(), enrollment.getProjectId(), id, enrollment.getStartDate(), null,
				"reason");
		enrollment.undoExit();
		StaleEdits.refused(() -> this.enrollments.save(enrollment));
		this.corrections.record(id, ExitCorrections.Kind.UNDONE, before, ExitCorrections.Exit.of(enrollment), reason,
				scope.userId(), LocalDateTime.now(this.clock));
	}

	/** The corrections of the enrollment's exit, newest first. */
	public List<ExitCorrections.ExitCorrection> exitCorrections(UUID id, AccessScope scope) {
		load(id, scope);
		return this.corrections.of(id);
	}

	private static String correctionReason(String text, String field) {
		String reason = (text == null) ? "" : text.strip();
		if (reason.isEmpty()) {
			throw new RejectedInputException(field, "error.correctionReason");
		}
		if (reason.length() > 300) {
			throw new RejectedInputException(field, "error.tooLong");
		}
		return reason;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	@Transactional
	public void exit(UUID id, ExitForm form, AccessScope scope) {
		Enrollment enrollment = load(id, scope);
		enrollment.exit(form.getExitDate(), form.getExitReason(), form.getExitNote(), LocalDate.now(this.clock));
		StaleEdits.refused(() -> this.enrollments.save(enrollment));
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
	 * Holds the enrollment's row until the transaction ends, so that changes counted
	 * against the case as a whole (the hours of a day) are checked and made one after the
	 * other.
	 */
	public void lockForChange(UUID enrollmentId) {
		this.jdbc.sql("select id from enrollment where id = ? for update").param(enrollmentId).query(UUID.class).list();
	}

	/**
	 * Keeps the day of the latest contact on the enrollment, for the caseload; case work
	 * calls it whenever its contact log changes.
	 */
	@Transactional
	public void noteLatestContact(UUID id, LocalDate latest) {
		this.jdbc.sql("update enrollment set last_contact_on = ? where id = ?").params(latest, id).update();
	}

	/**
	 * After a stale save: the fields the enrollment now holds differently from what the
	 * user typed, with the form moved on to the saved version.
	 */
	List<Difference> differences(UUID id, EnrollmentForm typed, AccessScope scope) {
		EnrollmentForm saved = changeForm(id, scope);
		typed.setVersion(saved.getVersion());
		return typed.differencesFrom(saved, this.access::displayName);
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
		form.setVersion(enrollment.getVersion());
		return form;
	}

	Enrollment load(UUID id, AccessScope scope) {
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

	/**
	 * Refuses a start outside the project's period, or a responsible who is not a member
	 * (asked of {@code isMember}, which a batch answers once per person and project).
	 */
	private static void checkStart(LocalDate start, UUID responsible, ProjectView project,
			BiPredicate<UUID, UUID> isMember) {
		if (start.isBefore(project.periodStart()) || start.isAfter(project.periodEnd())) {
			throw new RejectedInputException("startDate", "error.startOutsideProjectPeriod");
		}
		if (responsible != null && !isMember.test(project.id(), responsible)) {
			throw new RejectedInputException("responsibleUserId", "error.responsibleNotMember");
		}
	}

	/**
	 * Refuses an enrollment that would overlap another of the person in the project;
	 * callers hold the person's row, so that two at once are checked one after the other.
	 */
	private void requireNoOverlap(UUID participantId, UUID projectId, UUID self, LocalDate start, LocalDate end,
			String field) {
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
			throw new RejectedInputException(field, "error.overlappingEnrollment");
		}
	}

	private record FigureCell(UUID projectId, EnrollmentStatus status, Gender gender, long n) {
	}

	/**
	 * For retention: per project, its participants who are in no project outside these.
	 */
	public Map<UUID, Set<UUID>> participantsOnlyIn(Collection<UUID> projects) {
		if (projects.isEmpty()) {
			return Map.of();
		}
		Map<UUID, Set<UUID>> people = new HashMap<>();
		this.jdbc
			.sql("select e.project_id, e.participant_id from enrollment e where e.project_id in (:projects)"
					+ " and not exists (select 1 from enrollment o where o.participant_id = e.participant_id"
					+ " and o.project_id not in (:projects))")
			.param("projects", projects)
			.query((rs, n) -> people.computeIfAbsent(rs.getObject(1, UUID.class), (id) -> new HashSet<>())
				.add(rs.getObject(2, UUID.class)))
			.list();
		return people;
	}

	/** The cases the user may read: see {@link CaseScope#visible}. */
	private static String inScope(AccessScope scope, Map<String, Object> params) {
		return CaseScope.visible(scope, params);
	}

	/** Every enrollment of the projects the user may see, for aggregated figures only. */
	private static String inProjects(AccessScope scope, Map<String, Object> params) {
		if (scope.allProjects()) {
			return "1 = 1";
		}
		params.put("projects", scope.projectFilter());
		return "e.project_id in (:projects)";
	}

}
