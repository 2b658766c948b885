package se.steget.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessScope;
import se.steget.core.RejectedInputException;
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
			+ " u.display_name as staff_name, a.note from assessment a join assessment_scale s on s.id = a.scale_id"
			+ " left join user_account u on u.id = a.staff_user_id";

	private final Assessments assessments;

	private final EnrollmentManagement enrollments;

	private final ScaleManagement scales;

	private final JdbcClient jdbc;

	private final Clock clock;

	AssessmentManagement(Assessments assessments, EnrollmentManagement enrollments, ScaleManagement scales,
			JdbcClient jdbc, Clock clock) {
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

	@Transactional
	public UUID record(UUID enrollmentId, AssessmentForm form, AccessScope scope) {
		EnrollmentView enrollment = this.enrollments.get(enrollmentId, scope);
		ScaleView scale = this.scales.scale(form.getScaleId())
			.filter((s) -> s.projectId().equals(enrollment.projectId()))
			.orElseThrow(() -> new RejectedInputException("scaleId", "error.unknownScale"));
		if (!scale.contains(form.getScore())) {
			throw new RejectedInputException("score", "error.scoreOutOfRange", scale.minValue(), scale.maxValue());
		}
		if (form.getAssessedOn().isBefore(enrollment.startDate())) {
			throw new RejectedInputException("assessedOn", "error.assessmentBeforeStart");
		}
		if (form.getAssessedOn().isAfter(LocalDate.now(this.clock))) {
			throw new RejectedInputException("assessedOn", "error.dateInFuture");
		}
		return this.assessments.save(Assessment.record(enrollmentId, form.entry())).getId();
	}

}
