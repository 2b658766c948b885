package se.steget.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import se.steget.access.AccessManagement;
import se.steget.access.AccessScope;
import se.steget.enrollment.CaseScope;
import se.steget.core.CorrectionLog;
import se.steget.core.CorrectionLog.Correction;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.core.StaleEditException;
import se.steget.core.StaleEdits;
import se.steget.core.UnchangedRecords;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.EnrollmentView;
import se.steget.enrollment.ExitReason;
import se.steget.project.ProjectCreated;

/**
 * Records what participants do upon leaving and at the project's follow-up points, and
 * lists the follow-ups that are due.
 */
@Service
@Transactional(readOnly = true)
public class OutcomeManagement {

	/** Follow-ups show in the lists this many days before they are due. */
	static final int SHOWN_DAYS_BEFORE = 7;

	private final Outcomes outcomes;

	private final EnrollmentManagement enrollments;

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * Outcomes removed as recorded by mistake, with what they said, in
	 * outcome_correction.
	 */
	private final CorrectionLog corrections;

	private final ApplicationEventPublisher events;

	OutcomeManagement(Outcomes outcomes, EnrollmentManagement enrollments, JdbcClient jdbc, Clock clock,
			JsonMapper json, AccessManagement access, ApplicationEventPublisher events) {
		this.events = events;
		this.corrections = new CorrectionLog(jdbc, json, clock, "outcome_correction", access::displayNames);
		this.outcomes = outcomes;
		this.enrollments = enrollments;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<FollowUpPoint> followUpPoints(UUID projectId) {
		return this.jdbc
			.sql("select id, project_id, name, days_after_exit from follow_up_point where project_id = ?"
					+ " order by days_after_exit")
			.param(projectId)
			.query(FollowUpPoint.class)
			.list();
	}

	/** The enrollment's outcomes, upon leaving first and then by follow-up point. */
	public List<OutcomeView> ofEnrollment(UUID enrollmentId, AccessScope scope) {
		this.enrollments.get(enrollmentId, scope);
		return this.jdbc
			.sql(OutcomeView.SELECT + " where o.enrollment_id = ?"
					+ " order by coalesce(f.days_after_exit, 0), o.observed_on, o.recorded_at")
			.param(enrollmentId)
			.query(OutcomeView.class)
			.list();
	}

	/**
	 * Records an outcome of an exited participant: upon leaving from the exit day, at a
	 * follow-up point of the project, never in the future.
	 */
	@Transactional
	public UUID record(UUID enrollmentId, OutcomeForm form, UUID userId, AccessScope scope) {
		EnrollmentView enrollment = this.enrollments.get(enrollmentId, scope);
		LocalDate today = LocalDate.now(this.clock);
		if (enrollment.exitDate() == null) {
			throw new RejectedInputException("observedOn", "error.outcomeBeforeExit");
		}
		if (form.getObservedOn().isAfter(today)) {
			throw new RejectedInputException("observedOn", "error.dateInFuture");
		}
		if (form.getObservedOn().isBefore(enrollment.exitDate())) {
			throw new RejectedInputException("observedOn", "error.outcomeBeforeExitDate", enrollment.exitDate());
		}
		if (form.getFollowUpPointId() != null && followUpPoints(enrollment.projectId()).stream()
			.noneMatch((p) -> p.id().equals(form.getFollowUpPointId()))) {
			throw new RejectedInputException("followUpPointId", "error.unknownFollowUpPoint");
		}
		if (enrollment.exitReason() == ExitReason.DROPOUT && form.getFollowUpPointId() == null
				&& form.getDropoutReason() == null) {
			throw new RejectedInputException("dropoutReason", "error.dropoutReasonRequired");
		}
		UUID id = this.outcomes.save(Outcome.record(enrollmentId, form.entry(), userId, LocalDateTime.now(this.clock)))
			.getId();
		this.events.publishEvent(new OutcomeRecorded(id, enrollmentId, enrollment.projectId()));
		return id;
	}

	/**
	 * Removes an outcome recorded by mistake, as of the version the user saw (null: any).
	 */
	@Transactional
	public void delete(UUID enrollmentId, UUID outcomeId, Integer expectedVersion, AccessScope scope) {
		this.enrollments.get(enrollmentId, scope);
		Outcome outcome = this.outcomes.findById(outcomeId)
			.filter((o) -> o.getEnrollmentId().equals(enrollmentId))
			.orElseThrow(() -> new NotFoundException("Outcome"));
		StaleEditException.check(expectedVersion, outcome.getVersion());
		OutcomeView removed = ofEnrollment(enrollmentId, scope).stream()
			.filter((o) -> o.id().equals(outcomeId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Outcome"));
		this.corrections.removed(enrollmentId, "OUTCOME", outcomeId, removed.removed(), null, scope.userId());
		StaleEdits.removed(() -> this.outcomes.delete(outcome));
	}

	/** The version of each of the outcomes, as their import leaves them. */
	public Map<UUID, Integer> versionsOf(Collection<UUID> ids) {
		return UnchangedRecords.versions(this.jdbc, "outcome", ids);
	}

	/**
	 * Removes outcomes recorded by mistake, as when their import is undone: all of them,
	 * as the outcome page removes one (in the case's history, the kept counts following),
	 * or none when one has been changed or removed since.
	 * @throws RejectedInputException on {@code rows} with how many were changed
	 */
	@Transactional
	public void removeUnchanged(Map<UUID, Integer> versions, AccessScope scope) {
		int changed = UnchangedRecords.changed(this.jdbc, "outcome", versions).size();
		if (changed > 0) {
			throw new RejectedInputException("rows", "outcome.error.changedSinceImported", changed);
		}
		this.outcomes.findAllById(versions.keySet())
			.forEach((outcome) -> delete(outcome.getEnrollmentId(), outcome.getId(), versions.get(outcome.getId()),
					scope));
	}

	/** The outcomes of the enrollment removed as recorded by mistake, newest first. */
	public List<Correction> corrections(UUID enrollmentId, AccessScope scope) {
		this.enrollments.get(enrollmentId, scope);
		return this.corrections.of(enrollmentId);
	}

	/**
	 * The follow-ups due within a week or past due and not yet recorded, in the projects
	 * the user may see; for one staff member's participants when responsible is given.
	 */
	public List<DueFollowUp> due(UUID projectId, UUID responsible, AccessScope scope) {
		if (!scope.seesPeople() || (projectId != null && !scope.canSeeProject(projectId))) {
			throw new NotFoundException("Project");
		}
		Map<String, Object> params = new HashMap<>();
		params.put("horizon", LocalDate.now(this.clock).plusDays(SHOWN_DAYS_BEFORE));
		String where = " where e.status = 'EXITED' and e.exit_reason not in ('DECLINED_AT_INTAKE', 'WITHDREW_AT_INTAKE')"
				+ " and e.exit_date + f.days_after_exit <= :horizon and not exists (select 1 from outcome o"
				+ " where o.enrollment_id = e.id and o.follow_up_point_id = f.id)";
		where += " and " + CaseScope.visible(scope, params);
		if (projectId != null) {
			where += " and e.project_id = :project";
			params.put("project", projectId);
		}
		if (responsible != null) {
			where += " and e.responsible_user_id = :responsible";
			params.put("responsible", responsible);
		}
		return this.jdbc.sql("select e.id as enrollment_id, case when p.protected_identity then null"
				+ " else p.first_name || ' ' || p.last_name end as participant_name, p.protected_identity,"
				+ " pr.name as project_name, e.responsible_user_id, u.display_name as responsible_name, e.exit_date,"
				+ " f.id as follow_up_point_id, f.name as point_name, f.days_after_exit from enrollment e"
				+ " join follow_up_point f on f.project_id = e.project_id join participant p on p.id = e.participant_id"
				+ " join project pr on pr.id = e.project_id left join user_account u on u.id = e.responsible_user_id"
				+ where + " order by e.exit_date + f.days_after_exit, e.id")
			.params(params)
			.query(DueFollowUp.class)
			.list();
	}

	/**
	 * Every outcome recorded in the project, by enrollment, as the reports count them.
	 */
	public Map<UUID, List<Observation>> observations(UUID projectId) {
		Map<UUID, List<Observation>> byEnrollment = new HashMap<>();
		this.jdbc
			.sql("select o.enrollment_id, f.days_after_exit, o.observed_on, o.recorded_at, o.kind from outcome o"
					+ " join enrollment e on e.id = o.enrollment_id"
					+ " left join follow_up_point f on f.id = o.follow_up_point_id where e.project_id = ?")
			.param(projectId)
			.query((rs, n) -> byEnrollment.computeIfAbsent(rs.getObject(1, UUID.class), (id) -> new ArrayList<>())
				.add(new Observation((Integer) rs.getObject(2), rs.getObject(3, LocalDate.class),
						rs.getObject(4, LocalDateTime.class), OutcomeKind.valueOf(rs.getString(5)))))
			.list();
		return byEnrollment;
	}

	/**
	 * Gives a new project follow-ups four weeks, 90 days and six months after leaving.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(ProjectCreated event) {
		addFollowUpPoint(event.projectId(), "4 veckor", 28);
		addFollowUpPoint(event.projectId(), "90 dagar", 90);
		addFollowUpPoint(event.projectId(), "6 månader", 182);
	}

	private void addFollowUpPoint(UUID projectId, String name, int daysAfterExit) {
		this.jdbc.sql("insert into follow_up_point (id, project_id, name, days_after_exit) values (?, ?, ?, ?)")
			.params(UUID.randomUUID(), projectId, name, daysAfterExit)
			.update();
	}

}
