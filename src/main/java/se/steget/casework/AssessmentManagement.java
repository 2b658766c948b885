package se.steget.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessScope;
import se.steget.core.CorrectionLog.Correction;
import se.steget.core.Difference;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.core.StaleEditException;
import se.steget.core.StaleEdits;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.EnrollmentView;
import se.steget.project.ScaleManagement;
import se.steget.project.ScaleView;

/**
 * Assessments on the project's scales, measured as often as needed, and the step
 * progression between the first and the latest measurement.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentManagement {

	private static final String SELECT = "select a.id, a.scale_id, s.name as scale_name, a.assessed_on, a.score,"
			+ " u.display_name as staff_name, a.note, a.version from assessment a join assessment_scale s on s.id = a.scale_id"
			+ " left join user_account u on u.id = a.staff_user_id";

	private final Assessments assessments;

	private final EnrollmentManagement enrollments;

	private final ScaleManagement scales;

	private final CaseworkCorrections corrections;

	private final JdbcClient jdbc;

	private final Clock clock;

	AssessmentManagement(Assessments assessments, EnrollmentManagement enrollments, ScaleManagement scales,
			CaseworkCorrections corrections, JdbcClient jdbc, Clock clock) {
		this.corrections = corrections;
		this.assessments = assessments;
		this.enrollments = enrollments;
		this.scales = scales;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The enrollment's measurements, oldest first. */
	public List<AssessmentView> ofEnrollment(UUID enrollmentId, AccessScope scope) {
		this.enrollments.get(enrollmentId, scope);
		return this.jdbc.sql(SELECT + " where a.enrollment_id = ? order by a.assessed_on, s.name")
			.param(enrollmentId)
			.query(AssessmentView.class)
			.list();
	}

	/**
	 * Per scale that has been measured: the first and latest measurement and the steps
	 * between.
	 */
	public List<Progression> progressions(UUID enrollmentId, AccessScope scope) {
		EnrollmentView enrollment = this.enrollments.get(enrollmentId, scope);
		List<AssessmentView> all = ofEnrollment(enrollmentId, scope);
		List<Progression> progressions = new ArrayList<>();
		for (ScaleView scale : this.scales.scales(enrollment.projectId())) {
			List<AssessmentView> measured = all.stream().filter((a) -> a.scaleId().equals(scale.id())).toList();
			if (!measured.isEmpty()) {
				progressions.add(Progression.of(scale, measured.get(0), measured.get(measured.size() - 1)));
			}
		}
		return progressions;
	}

	/**
	 * Every stay's progressions in the project, by enrollment, in one query: for the
	 * evaluator's pseudonymised extract, which shows neither notes nor staff.
	 */
	public Map<UUID, List<Progression>> progressionsOf(UUID projectId) {
		Map<UUID, ScaleView> scales = new HashMap<>();
		this.scales.scales(projectId).forEach((scale) -> scales.put(scale.id(), scale));
		var mapper = new DataClassRowMapper<>(AssessmentView.class);
		Map<UUID, Map<UUID, List<AssessmentView>>> measured = new LinkedHashMap<>();
		this.jdbc
			.sql(SELECT.replace("select a.id,", "select a.enrollment_id, a.id,")
					+ " where s.project_id = ? order by a.assessed_on, a.id")
			.param(projectId)
			.query((rs, n) -> measured
				.computeIfAbsent(rs.getObject("enrollment_id", UUID.class), (k) -> new LinkedHashMap<>())
				.computeIfAbsent(rs.getObject("scale_id", UUID.class), (k) -> new ArrayList<>())
				.add(mapper.mapRow(rs, n)))
			.list();
		Map<UUID, List<Progression>> progressions = new HashMap<>();
		measured.forEach((enrollment, byScale) -> progressions.put(enrollment,
				byScale.entrySet()
					.stream()
					.map((e) -> Progression.of(scales.get(e.getKey()), e.getValue().get(0),
							e.getValue().get(e.getValue().size() - 1)))
					.toList()));
		return progressions;
	}

	@Transactional
	public UUID record(UUID enrollmentId, AssessmentForm form, AccessScope scope) {
		check(this.enrollments.get(enrollmentId, scope), form.entry());
		return this.assessments.save(Assessment.record(enrollmentId, form.entry())).getId();
	}

	/** The edit form of one measurement of the enrollment. */
	public AssessmentForm editForm(UUID enrollmentId, UUID assessmentId, AccessScope scope) {
		Assessment assessment = load(enrollmentId, assessmentId, scope);
		return AssessmentForm.of(assessment.entry(), assessment.getVersion());
	}

	/**
	 * Corrects a measurement recorded wrongly, as of the version the user saw; what it
	 * said before is kept in the history.
	 */
	@Transactional
	public void correct(UUID enrollmentId, UUID assessmentId, AssessmentForm form, AccessScope scope) {
		Assessment assessment = load(enrollmentId, assessmentId, scope);
		StaleEditException.check(form.getVersion(), assessment.getVersion());
		check(this.enrollments.get(enrollmentId, scope), form.entry());
		AssessmentEntry before = assessment.entry();
		assessment.correct(form.entry());
		StaleEdits.refused(() -> this.assessments.save(assessment));
		this.corrections.edited(enrollmentId, CaseworkCorrections.Record.ASSESSMENT, assessmentId,
				before.changesTo(form.entry(), this::scaleName, this.corrections::staffName), scope.userId());
	}

	/** Removes a measurement recorded by mistake, as of the version the user saw. */
	@Transactional
	public void remove(UUID enrollmentId, UUID assessmentId, Integer expectedVersion, AccessScope scope) {
		Assessment assessment = load(enrollmentId, assessmentId, scope);
		StaleEditException.check(expectedVersion, assessment.getVersion());
		this.corrections.removed(enrollmentId, CaseworkCorrections.Record.ASSESSMENT, assessmentId,
				assessment.entry().changesTo(AssessmentEntry.NONE, this::scaleName, this.corrections::staffName),
				scope.userId());
		StaleEdits.removed(() -> this.assessments.delete(assessment));
	}

	/**
	 * After a stale correction: the fields the measurement now holds differently from
	 * what the user typed, with the form moved on to the saved version.
	 */
	public List<Difference> differences(UUID enrollmentId, UUID assessmentId, AssessmentForm typed, AccessScope scope) {
		AssessmentForm saved = editForm(enrollmentId, assessmentId, scope);
		typed.setVersion(saved.getVersion());
		return saved.entry().changesTo(typed.entry(), this::scaleName, this.corrections::staffName);
	}

	/** The corrections of the enrollment's measurements, newest first. */
	public List<Correction> corrections(UUID enrollmentId, AccessScope scope) {
		this.enrollments.get(enrollmentId, scope);
		return this.corrections.of(enrollmentId, CaseworkCorrections.Record.ASSESSMENT);
	}

	private Assessment load(UUID enrollmentId, UUID assessmentId, AccessScope scope) {
		this.enrollments.get(enrollmentId, scope);
		return this.assessments.findById(assessmentId)
			.filter((a) -> a.getEnrollmentId().equals(enrollmentId))
			.orElseThrow(() -> new NotFoundException("Assessment"));
	}

	private void check(EnrollmentView enrollment, AssessmentEntry entry) {
		ScaleView scale = this.scales.scale(entry.scaleId())
			.filter((s) -> s.projectId().equals(enrollment.projectId()))
			.orElseThrow(() -> new RejectedInputException("scaleId", "error.unknownScale"));
		if (!scale.contains(entry.score())) {
			throw new RejectedInputException("score", "error.scoreOutOfRange", scale.minValue(), scale.maxValue());
		}
		if (entry.assessedOn().isBefore(enrollment.startDate())) {
			throw new RejectedInputException("assessedOn", "error.assessmentBeforeStart");
		}
		if (entry.assessedOn().isAfter(LocalDate.now(this.clock))) {
			throw new RejectedInputException("assessedOn", "error.dateInFuture");
		}
	}

	private String scaleName(UUID scaleId) {
		return (scaleId == null) ? null : this.scales.scale(scaleId).map(ScaleView::name).orElse(null);
	}

}
