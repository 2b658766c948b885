package se.steget.activity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessScope;
import se.steget.participant.ParticipantSummary;
import se.steget.enrollment.CaseScope;
import se.steget.core.CorrectionLog.Correction;
import se.steget.core.Gender;
import se.steget.core.NotFoundException;
import se.steget.core.PersonalIdentityNumber;
import se.steget.core.RejectedInputException;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.EnrollmentView;
import se.steget.project.ProjectManagement;

/**
 * The participants' hours per day and activity: a session's attendance, hours in other
 * activities, and the month's hours of a participant and of a project.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceManagement {

	static final BigDecimal MAX_HOURS_A_DAY = BigDecimal.valueOf(12);

	private final ActivityManagement activities;

	private final EnrollmentManagement enrollments;

	private final ProjectManagement projects;

	private final ActivityCorrections corrections;

	private final JdbcClient jdbc;

	private final Clock clock;

	AttendanceManagement(ActivityManagement activities, EnrollmentManagement enrollments, ProjectManagement projects,
			ActivityCorrections corrections, JdbcClient jdbc, Clock clock) {
		this.corrections = corrections;
		this.activities = activities;
		this.enrollments = enrollments;
		this.projects = projects;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The attendance form of a session: every participant, with what is recorded. */
	public AttendanceForm session(UUID activityId, LocalDate day, AccessScope scope) {
		Activity activity = this.activities.load(activityId, scope);
		ActivitySession session = activity.session(day).orElseThrow(() -> new NotFoundException("Session"));
		Map<UUID, BigDecimal> recorded = recorded(activityId, day);
		Set<UUID> visible = this.activities.visibleMemberIds(activity, scope);
		return new AttendanceForm(activity.memberIds()
			.stream()
			.filter(visible::contains)
			.map((id) -> new AttendanceRow(id, recorded.containsKey(id), recorded.getOrDefault(id, session.hours())))
			.toList());
	}

	/**
	 * Records who came to a session. Every row must be a participant of the activity who
	 * takes part in the project that day; otherwise nothing is saved.
	 */
	@Transactional
	public void recordSession(UUID activityId, LocalDate day, AttendanceForm form, AccessScope scope) {
		Activity activity = this.activities.load(activityId, scope);
		ActivitySession session = activity.session(day).orElseThrow(() -> new NotFoundException("Session"));
		if (day.isAfter(LocalDate.now(this.clock))) {
			throw new RejectedInputException("rows", "error.attendanceInFuture");
		}
		Set<UUID> visible = this.activities.visibleMemberIds(activity, scope);
		List<AttendanceRow> rows = form.getRows();
		rows.stream()
			.filter(AttendanceRow::isPresent)
			.map(AttendanceRow::getEnrollmentId)
			.filter(visible::contains)
			.sorted()
			.forEach(this.enrollments::lockForChange);
		for (int i = 0; i < rows.size(); i++) {
			AttendanceRow row = rows.get(i);
			if (!visible.contains(row.getEnrollmentId())) {
				throw new RejectedInputException("rows[" + i + "].present", "error.notInActivity");
			}
			if (row.isPresent()) {
				BigDecimal hours = (row.getHours() != null) ? row.getHours() : session.hours();
				checkDay(this.enrollments.get(row.getEnrollmentId(), scope), activityId, day, hours,
						"rows[" + i + "].hours");
			}
		}
		Map<UUID, BigDecimal> before = recorded(activityId, day);
		rows.forEach((row) -> this.corrections.hours(row.getEnrollmentId(), activity, day,
				before.get(row.getEnrollmentId()), row.isPresent() ? hoursOf(row, session) : null, scope.userId()));
		if (!visible.isEmpty()) {
			this.jdbc
				.sql("delete from attendance where activity_id = :activity and attended_on = :day"
						+ " and enrollment_id in (:visible)")
				.param("activity", activityId)
				.param("day", day)
				.param("visible", visible)
				.update();
		}
		rows.stream()
			.filter(AttendanceRow::isPresent)
			.forEach((row) -> insert(activityId, row.getEnrollmentId(), day, hoursOf(row, session)));
	}

	private static BigDecimal hoursOf(AttendanceRow row, ActivitySession session) {
		return (row.getHours() != null) ? row.getHours() : session.hours();
	}

	private Map<UUID, BigDecimal> recorded(UUID activityId, LocalDate day) {
		Map<UUID, BigDecimal> recorded = new LinkedHashMap<>();
		this.jdbc.sql("select enrollment_id, hours from attendance where activity_id = ? and attended_on = ?")
			.params(activityId, day)
			.query((rs, n) -> recorded.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2)))
			.list();
		return recorded;
	}

	/** Records a participant's hours in one of their activities on one day. */
	@Transactional
	public void recordHours(UUID enrollmentId, HoursForm form, AccessScope scope) {
		EnrollmentView enrollment = this.enrollments.get(enrollmentId, scope);
		Activity activity = this.activities.load(form.getActivityId(), scope);
		if (!activity.hasMember(enrollmentId)) {
			throw new RejectedInputException("activityId", "error.notInActivity");
		}
		if (!activity.runsOn(form.getAttendedOn())) {
			throw new RejectedInputException("attendedOn", "error.outsideActivity", activity.getStartDate(),
					activity.getEndDate());
		}
		this.enrollments.lockForChange(enrollmentId);
		checkDay(enrollment, activity.getId(), form.getAttendedOn(), form.getHours(), "hours");
		this.corrections.hours(enrollmentId, activity, form.getAttendedOn(),
				recorded(activity.getId(), form.getAttendedOn()).get(enrollmentId), form.getHours(), scope.userId());
		this.jdbc.sql("delete from attendance where activity_id = ? and enrollment_id = ? and attended_on = ?")
			.params(activity.getId(), enrollmentId, form.getAttendedOn())
			.update();
		insert(activity.getId(), enrollmentId, form.getAttendedOn(), form.getHours());
	}

	/**
	 * Removes hours recorded by mistake; what they were is kept in the case's history.
	 */
	@Transactional
	public void deleteHours(UUID enrollmentId, UUID activityId, LocalDate day, AccessScope scope) {
		this.enrollments.get(enrollmentId, scope);
		Activity activity = this.activities.load(activityId, scope);
		BigDecimal hours = recorded(activityId, day).get(enrollmentId);
		if (hours == null) {
			throw new NotFoundException("Hours");
		}
		this.corrections.hours(enrollmentId, activity, day, hours, null, scope.userId());
		this.jdbc.sql("delete from attendance where activity_id = ? and enrollment_id = ? and attended_on = ?")
			.params(activityId, enrollmentId, day)
			.update();
	}

	/** The corrections of the participant's hours and activities, newest first. */
	public List<Correction> corrections(UUID enrollmentId, AccessScope scope) {
		this.enrollments.get(enrollmentId, scope);
		return this.corrections.ofCase(enrollmentId);
	}

	/** A participant's hours in a month, day by day. */
	public MonthHours month(UUID enrollmentId, YearMonth month, AccessScope scope) {
		EnrollmentView enrollment = this.enrollments.get(enrollmentId, scope);
		List<HoursRow> rows = this.jdbc
			.sql("select t.attended_on, a.id as activity_id, a.kind, a.title, t.hours from attendance t"
					+ " join activity a on a.id = t.activity_id where t.enrollment_id = ?"
					+ " and t.attended_on between ? and ? order by t.attended_on, a.title")
			.params(enrollmentId, month.atDay(1), month.atEndOfMonth())
			.query(HoursRow.class)
			.list();
		return new MonthHours(enrollment, month, rows);
	}

	/** Every participant's hours in a month of the project, per kind of activity. */
	public ProjectHours projectMonth(UUID projectId, YearMonth month, AccessScope scope) {
		String name = this.projects.get(projectId, scope).name();
		if (!scope.seesPeople()) {
			throw new NotFoundException("Project");
		}
		Map<String, Object> params = new HashMap<>();
		params.put("project", projectId);
		params.put("from", month.atDay(1));
		params.put("to", month.atEndOfMonth());
		Map<UUID, ParticipantHours> people = new LinkedHashMap<>();
		this.jdbc
			.sql("select t.enrollment_id, p.protected_identity, p.first_name || ' ' || p.last_name as name,"
					+ " p.personal_identity_number, p.gender, count(distinct t.attended_on) as days"
					+ " from attendance t join activity a on a.id = t.activity_id"
					+ " join enrollment e on e.id = t.enrollment_id join participant p on p.id = e.participant_id"
					+ " where a.project_id = :project and t.attended_on between :from and :to and "
					+ CaseScope.visible(scope, params)
					+ " group by t.enrollment_id, p.protected_identity, p.first_name, p.last_name,"
					+ " p.personal_identity_number, p.gender order by " + ParticipantSummary.SHOWN_ORDER
					+ ", t.enrollment_id")
			.params(params)
			.query((rs, n) -> {
				boolean hidden = rs.getBoolean("protected_identity");
				String stored = rs.getString("personal_identity_number");
				String number = (hidden || stored == null) ? null : new PersonalIdentityNumber(stored).formatted();
				return new ParticipantHours(rs.getObject("enrollment_id", UUID.class),
						hidden ? null : rs.getString("name"), hidden ? null : number,
						Gender.valueOf(rs.getString("gender")), new EnumMap<>(ActivityKind.class), rs.getInt("days"));
			})
			.list()
			.forEach((p) -> people.put(p.enrollmentId(), p));
		this.jdbc
			.sql("select t.enrollment_id, a.kind, sum(t.hours) as hours from attendance t"
					+ " join activity a on a.id = t.activity_id where a.project_id = :project"
					+ " and t.attended_on between :from and :to group by t.enrollment_id, a.kind")
			.params(params)
			.query((rs, n) -> {
				ActivityKind kind = ActivityKind.valueOf(rs.getString("kind"));
				BigDecimal hours = rs.getBigDecimal("hours");
				return people.computeIfPresent(rs.getObject("enrollment_id", UUID.class),
						(id, p) -> p.plus(kind, hours));
			})
			.list();
		return new ProjectHours(name, month, List.copyOf(people.values()));
	}

	private void checkDay(EnrollmentView enrollment, UUID activityId, LocalDate day, BigDecimal hours, String field) {
		if (day.isAfter(LocalDate.now(this.clock))) {
			throw new RejectedInputException(field, "error.dateInFuture");
		}
		if (day.isBefore(enrollment.startDate())
				|| (enrollment.exitDate() != null && day.isAfter(enrollment.exitDate()))) {
			throw new RejectedInputException(field, "error.outsideEnrollment");
		}
		BigDecimal elsewhere = this.jdbc
			.sql("select coalesce(sum(hours), 0) from attendance where enrollment_id = ? and attended_on = ?"
					+ " and activity_id <> ?")
			.params(enrollment.id(), day, activityId)
			.query(BigDecimal.class)
			.single();
		if (elsewhere.add(hours).compareTo(MAX_HOURS_A_DAY) > 0) {
			throw new RejectedInputException(field, "error.dayOver", MAX_HOURS_A_DAY, elsewhere);
		}
	}

	private void insert(UUID activityId, UUID enrollmentId, LocalDate day, BigDecimal hours) {
		this.jdbc.sql("insert into attendance (activity_id, enrollment_id, attended_on, hours) values (?, ?, ?, ?)")
			.params(activityId, enrollmentId, day, hours)
			.update();
	}

}
