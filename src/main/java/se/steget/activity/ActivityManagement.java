package se.steget.activity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessScope;
import se.steget.participant.ParticipantSummary;
import se.steget.enrollment.CaseScope;
import se.steget.core.Gender;
import se.steget.core.GenderCounts;
import se.steget.core.CorrectionLog.Correction;
import se.steget.core.Difference;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.core.StaleEditException;
import se.steget.core.StaleEdits;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.EnrollmentView;

/**
 * Plans activities in the projects the user belongs to and puts participants in them.
 */
@Service
@Transactional(readOnly = true)
public class ActivityManagement {

	private final Activities activities;

	private final EnrollmentManagement enrollments;

	private final WorkAtEmployer work;

	private final ActivityCorrections corrections;

	private final JdbcClient jdbc;

	private final Clock clock;

	ActivityManagement(Activities activities, EnrollmentManagement enrollments, WorkAtEmployer work,
			ActivityCorrections corrections, JdbcClient jdbc, Clock clock) {
		this.corrections = corrections;
		this.activities = activities;
		this.enrollments = enrollments;
		this.work = work;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The project's activities, the latest start first. */
	public List<ActivityView> ofProject(UUID projectId, AccessScope scope) {
		checkProject(projectId, scope);
		return this.jdbc.sql(ActivityView.SELECT + " where a.project_id = ? order by a.start_date desc, a.title")
			.param(projectId)
			.query(ActivityView.class)
			.list();
	}

	/** The activities an enrollment takes part in, the latest start first. */
	public List<ActivityView> ofEnrollment(UUID enrollmentId, AccessScope scope) {
		this.enrollments.get(enrollmentId, scope);
		return this.jdbc
			.sql(ActivityView.SELECT + " join activity_member am on am.activity_id = a.id"
					+ " where am.enrollment_id = ? order by a.start_date desc, a.title")
			.param(enrollmentId)
			.query(ActivityView.class)
			.list();
	}

	/**
	 * The internships and work trials of an enrollment, side by side with their employer
	 * and result, the latest first.
	 */
	public List<WorkView> workAtEmployers(UUID enrollmentId, AccessScope scope) {
		this.enrollments.get(enrollmentId, scope);
		return this.jdbc
			.sql("select a.id, a.kind, a.title, a.start_date, a.end_date, a.employer_id, a.result, a.result_note"
					+ " from activity a join activity_member m on m.activity_id = a.id where m.enrollment_id = ?"
					+ " and a.employer_id is not null order by a.start_date desc")
			.param(enrollmentId)
			.query(WorkView.class)
			.list();
	}

	/**
	 * Per stay in the project, how many of its activities of each kind it took part in:
	 * what the evaluator's extract counts as exposure to the project's parts.
	 */
	public Map<UUID, Map<ActivityKind, Integer>> takenPartIn(UUID projectId) {
		Map<UUID, Map<ActivityKind, Integer>> byEnrollment = new HashMap<>();
		this.jdbc.sql("select m.enrollment_id, a.kind, count(*) from activity_member m"
				+ " join activity a on a.id = m.activity_id where a.project_id = ? group by m.enrollment_id, a.kind")
			.param(projectId)
			.query((rs, n) -> byEnrollment
				.computeIfAbsent(rs.getObject(1, UUID.class), (k) -> new java.util.EnumMap<>(ActivityKind.class))
				.put(ActivityKind.valueOf(rs.getString(2)), rs.getInt(3)))
			.list();
		return byEnrollment;
	}

	/**
	 * Per employer, how many people of each gender the project's internships and work
	 * trials have placed there.
	 */
	public Map<UUID, GenderCounts> placementsByEmployer(UUID projectId) {
		Map<UUID, GenderCounts> byEmployer = new HashMap<>();
		this.jdbc.sql("select a.employer_id, p.gender, count(distinct e.participant_id) from activity a"
				+ " join activity_member m on m.activity_id = a.id join enrollment e on e.id = m.enrollment_id"
				+ " join participant p on p.id = e.participant_id where a.project_id = ? and a.employer_id is not null"
				+ " group by a.employer_id, p.gender")
			.param(projectId)
			.query((rs, n) -> byEmployer.merge(rs.getObject(1, UUID.class),
					GenderCounts.ZERO.plus(Gender.valueOf(rs.getString(2)), rs.getLong(3)), GenderCounts::plus))
			.list();
		return byEmployer;
	}

	/**
	 * The employers, supervisors and places offered for work at an employer in the
	 * project: those it has used or contacted, and the one chosen.
	 */
	public Map<String, Object> employerChoices(UUID projectId, UUID chosen, AccessScope scope) {
		checkProject(projectId, scope);
		List<UUID> also = new ArrayList<>(employersUsed(projectId));
		if (chosen != null) {
			also.add(chosen);
		}
		return this.work.choices(projectId, also);
	}

	/** The employers the project's activities have used, for choosing one again. */
	List<UUID> employersUsed(UUID projectId) {
		return this.jdbc
			.sql("select distinct employer_id from activity where project_id = ? and employer_id is not null")
			.param(projectId)
			.query(UUID.class)
			.list();
	}

	/**
	 * The days of the month that have sessions, starts or ends of the project's
	 * activities.
	 */
	public List<CalendarDay> calendar(UUID projectId, YearMonth month, AccessScope scope) {
		checkProject(projectId, scope);
		Map<String, Object> params = Map.of("project", projectId, "first", month.atDay(1), "last",
				month.atEndOfMonth());
		List<CalendarEntry> entries = new ArrayList<>(this.jdbc.sql(
				"select s.session_date as happens_on, 'SESSION' as moment, a.id as activity_id, a.kind, a.title, s.topic,"
						+ " s.starts_at from activity_session s join activity a on a.id = s.activity_id"
						+ " where a.project_id = :project and s.session_date between :first and :last")
			.params(params)
			.query(CalendarEntry.class)
			.list());
		entries
			.addAll(this.jdbc.sql("select a.start_date as happens_on, 'STARTS' as moment, a.id as activity_id, a.kind,"
					+ " a.title, null as topic, null as starts_at from activity a where a.project_id = :project"
					+ " and a.start_date between :first and :last and not exists (select 1 from activity_session s"
					+ " where s.activity_id = a.id) union all select a.end_date, 'ENDS', a.id, a.kind, a.title, null, null"
					+ " from activity a where a.project_id = :project and a.end_date between :first and :last"
					+ " and a.end_date <> a.start_date and not exists (select 1 from activity_session s"
					+ " where s.activity_id = a.id)")
				.params(params)
				.query(CalendarEntry.class)
				.list());
		Map<LocalDate, List<CalendarEntry>> days = new TreeMap<>();
		entries.stream()
			.sorted(Comparator.comparing(CalendarEntry::happensOn)
				.thenComparing(CalendarEntry::startsAt, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(CalendarEntry::title))
			.forEach((e) -> days.computeIfAbsent(e.happensOn(), (d) -> new ArrayList<>()).add(e));
		return days.entrySet().stream().map((d) -> new CalendarDay(d.getKey(), d.getValue())).toList();
	}

	public ActivityDetail get(UUID id, AccessScope scope) {
		Activity activity = load(id, scope);
		Map<String, Object> params = new HashMap<>();
		params.put("activity", id);
		List<MemberView> members = this.jdbc
			.sql(MemberView.SELECT + " where m.activity_id = :activity and " + membersVisible(activity, scope, params)
					+ " order by " + ParticipantSummary.SHOWN_ORDER + ", m.enrollment_id")
			.params(params)
			.query(MemberView.class)
			.list();
		GenderCounts everyone = this.jdbc
			.sql("select p.gender, count(*) from activity_member m join enrollment e on e.id = m.enrollment_id"
					+ " join participant p on p.id = e.participant_id where m.activity_id = ? group by p.gender")
			.param(id)
			.query((rs, n) -> GenderCounts.ZERO.plus(Gender.valueOf(rs.getString(1)), rs.getLong(2)))
			.list()
			.stream()
			.reduce(GenderCounts.ZERO, GenderCounts::plus);
		Map<LocalDate, GenderCounts> attendance = new HashMap<>();
		this.jdbc.sql(
				"select t.attended_on, p.gender, count(*) from attendance t join enrollment e on e.id = t.enrollment_id"
						+ " join participant p on p.id = e.participant_id where t.activity_id = ?"
						+ " group by t.attended_on, p.gender")
			.param(id)
			.query((rs, n) -> attendance.merge(rs.getObject(1, LocalDate.class),
					GenderCounts.ZERO.plus(Gender.valueOf(rs.getString(2)), rs.getLong(3)), GenderCounts::plus))
			.list();
		return ActivityDetail.of(activity, this.work.of(activity, scope), members, everyone, attendance);
	}

	/**
	 * Plans an activity; the enrollment in the form, if any, takes part from the start.
	 */
	@Transactional
	public UUID plan(UUID projectId, ActivityForm form, AccessScope scope) {
		checkProject(projectId, scope);
		if (form.getKind().forOnePerson() && form.getEnrollmentId() == null) {
			throw new RejectedInputException("enrollmentId", "error.required");
		}
		ActivityPlan plan = form.plan();
		Activity activity = Activity.plan(projectId, plan);
		this.work.book(plan, scope);
		if (form.getEnrollmentId() != null) {
			EnrollmentView enrollment = participantOf(activity, form.getEnrollmentId(), scope);
			activity.addMember(enrollment.id(), joinDay(activity, enrollment));
		}
		return this.activities.save(activity).getId();
	}

	/** The form to correct an activity as it is planned now. */
	public ActivityForm editForm(UUID id, AccessScope scope) {
		Activity activity = load(id, scope);
		return ActivityForm.of(activity.planned(), activity.getVersion());
	}

	/**
	 * Corrects what was planned, as of the version the user saw; no hours may fall
	 * outside the new dates, and what it said before is kept in the activity's history.
	 */
	@Transactional
	public void revise(UUID id, ActivityForm form, AccessScope scope) {
		Activity activity = load(id, scope);
		StaleEditException.check(form.getVersion(), activity.getVersion());
		ActivityPlan plan = form.plan();
		this.work.checkSupervisor(activity, plan.supervisorId());
		LocalDate end = (plan.endDate() != null) ? plan.endDate() : activity.getEndDate();
		int outside = this.jdbc
			.sql("select count(*) from attendance where activity_id = ? and (attended_on < ? or attended_on > ?)")
			.params(id, plan.startDate(), end)
			.query(Integer.class)
			.single();
		if (outside > 0) {
			throw new RejectedInputException("startDate", "error.hoursOutsideDates");
		}
		ActivityPlan before = activity.planned();
		activity.revise(plan);
		StaleEdits.refused(() -> this.activities.save(activity));
		this.corrections.revised(activity,
				before.changesTo(activity.planned(), this.work::supervisorName, this.corrections::staffName),
				scope.userId());
	}

	/**
	 * Removes an activity planned by mistake, as of the version the user saw: only one
	 * with no hours recorded, and for work at an employer no follow-up visits.
	 */
	@Transactional
	public void remove(UUID id, Integer expectedVersion, AccessScope scope) {
		Activity activity = load(id, scope);
		StaleEditException.check(expectedVersion, activity.getVersion());
		int hours = this.jdbc.sql("select count(*) from attendance where activity_id = ?")
			.param(id)
			.query(Integer.class)
			.single();
		if (hours > 0) {
			throw new RejectedInputException("version", "error.activityHasHours");
		}
		this.work.cancel(activity, scope);
		this.corrections.removed(activity,
				activity.planned().changesTo(ActivityPlan.NONE, this.work::supervisorName, this.corrections::staffName),
				scope.userId());
		StaleEdits.removed(() -> this.activities.delete(activity));
	}

	/**
	 * After a stale correction: the details the activity now holds differently from what
	 * the user typed, with the form moved on to the saved version.
	 */
	public List<Difference> differences(UUID id, ActivityForm typed, AccessScope scope) {
		Activity activity = load(id, scope);
		typed.setVersion(activity.getVersion());
		return activity.planned().changesTo(typed.plan(), this.work::supervisorName, this.corrections::staffName);
	}

	/** The corrections of the activity and its sessions, newest first. */
	public List<Correction> corrections(UUID id, AccessScope scope) {
		load(id, scope);
		return this.corrections.ofActivity(id);
	}

	@Transactional
	public void addSession(UUID id, SessionForm form, AccessScope scope) {
		Activity activity = load(id, scope);
		activity.addSession(form.session());
		StaleEdits.refused(() -> this.activities.save(activity));
	}

	/** The form to correct one session. */
	public SessionForm sessionForm(UUID id, LocalDate day, AccessScope scope) {
		return SessionForm.of(load(id, scope).session(day).orElseThrow(() -> new NotFoundException("Session")));
	}

	/** Corrects a session's start, hours and topic; the hours already recorded stay. */
	@Transactional
	public void correctSession(UUID id, SessionForm form, Integer expectedVersion, AccessScope scope) {
		Activity activity = load(id, scope);
		StaleEditException.check(expectedVersion, activity.getVersion());
		ActivitySession before = activity.session(form.getSessionDate())
			.orElseThrow(() -> new NotFoundException("Session"));
		activity.correctSession(form.session());
		StaleEdits.refused(() -> this.activities.save(activity));
		this.corrections.session(activity, before.changesTo(form.session()), scope.userId());
	}

	@Transactional
	public void removeSession(UUID id, LocalDate day, Integer expectedVersion, AccessScope scope) {
		Activity activity = load(id, scope);
		StaleEditException.check(expectedVersion, activity.getVersion());
		if (attendanceOn(id, day) > 0) {
			throw new RejectedInputException("sessionDate", "error.sessionHasAttendance");
		}
		activity.removeSession(day);
		StaleEdits.refused(() -> this.activities.save(activity));
	}

	@Transactional
	public void addMember(UUID id, UUID enrollmentId, AccessScope scope) {
		// one member at a time, so that two arriving at once cannot both take the last
		// place
		this.jdbc.sql("select id from activity where id = ? for update").param(id).query(UUID.class).list();
		Activity activity = load(id, scope);
		EnrollmentView enrollment = participantOf(activity, enrollmentId, scope);
		activity.addMember(enrollmentId, joinDay(activity, enrollment));
		StaleEdits.refused(() -> this.activities.save(activity));
	}

	/** Takes a participant out of an activity, with any hours recorded there. */
	@Transactional
	public void removeMember(UUID id, UUID enrollmentId, Integer expectedVersion, AccessScope scope) {
		Activity activity = load(id, scope);
		StaleEditException.check(expectedVersion, activity.getVersion());
		if (!visibleMemberIds(activity, scope).contains(enrollmentId)) {
			throw new NotFoundException("Member");
		}
		BigDecimal hours = this.jdbc
			.sql("select coalesce(sum(hours), 0) from attendance where activity_id = ? and enrollment_id = ?")
			.params(id, enrollmentId)
			.query(BigDecimal.class)
			.single();
		activity.removeMember(enrollmentId);
		StaleEdits.refused(() -> this.activities.save(activity));
		this.jdbc.sql("delete from attendance where activity_id = ? and enrollment_id = ?")
			.params(id, enrollmentId)
			.update();
		this.corrections.memberRemoved(enrollmentId, activity, hours, scope.userId());
	}

	@Transactional
	public void addVisit(UUID id, VisitForm form, AccessScope scope) {
		Activity activity = load(id, scope);
		if (form.getVisitedOn().isAfter(LocalDate.now(this.clock))) {
			throw new RejectedInputException("visitedOn", "error.dateInFuture");
		}
		UUID member = activity.memberIds().stream().findFirst().orElse(null);
		this.work.visit(activity, member, form, scope);
	}

	@Transactional
	public void recordResult(UUID id, ResultForm form, AccessScope scope) {
		Activity activity = load(id, scope);
		activity.recordResult(form.getResult(), form.getNote());
		StaleEdits.refused(() -> this.activities.save(activity));
	}

	Activity load(UUID id, AccessScope scope) {
		Activity activity = this.activities.findById(id).orElseThrow(() -> new NotFoundException("Activity"));
		if (!scope.seesPeople() || !scope.canSeeProject(activity.getProjectId())) {
			throw new NotFoundException("Activity");
		}
		return activity;
	}

	/**
	 * The members whose names the user may see: all of them for the activity's own staff
	 * member and the project's managers, otherwise those on cases the user may read.
	 */
	Set<UUID> visibleMemberIds(Activity activity, AccessScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("activity", activity.getId());
		return Set.copyOf(this.jdbc
			.sql("select m.enrollment_id from activity_member m join enrollment e on e.id = m.enrollment_id"
					+ " where m.activity_id = :activity and " + membersVisible(activity, scope, params))
			.params(params)
			.query(UUID.class)
			.list());
	}

	private static String membersVisible(Activity activity, AccessScope scope, Map<String, Object> params) {
		boolean leads = scope.userId().equals(activity.getStaffUserId());
		return (leads || scope.seesWholeProject(activity.getProjectId())) ? "1 = 1" : CaseScope.visible(scope, params);
	}

	private void checkProject(UUID projectId, AccessScope scope) {
		if (!scope.seesPeople() || !scope.canSeeProject(projectId)) {
			throw new NotFoundException("Project");
		}
	}

	/**
	 * The enrollment, if it is in the activity's project at some time while the activity
	 * runs.
	 */
	private EnrollmentView participantOf(Activity activity, UUID enrollmentId, AccessScope scope) {
		EnrollmentView enrollment = this.enrollments.get(enrollmentId, scope);
		boolean exitedBefore = enrollment.exitDate() != null && enrollment.exitDate().isBefore(activity.getStartDate());
		if (!enrollment.projectId().equals(activity.getProjectId()) || exitedBefore
				|| enrollment.startDate().isAfter(activity.getEndDate())) {
			throw new RejectedInputException("enrollmentId", "error.notInProjectDuringActivity");
		}
		return enrollment;
	}

	private static LocalDate joinDay(Activity activity, EnrollmentView enrollment) {
		return activity.getStartDate().isBefore(enrollment.startDate()) ? enrollment.startDate()
				: activity.getStartDate();
	}

	private int attendanceOn(UUID id, LocalDate day) {
		return this.jdbc.sql("select count(*) from attendance where activity_id = ? and attended_on = ?")
			.params(id, day)
			.query(Integer.class)
			.single();
	}

}
