package se.steget.matching;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.steget.employer.VacancyManagement;
import se.steget.employer.VacancyView;
import se.steget.enrollment.EnrollmentView;
import se.steget.enrollment.TimelineEvent;
import se.steget.enrollment.TimelineSource;

/**
 * Puts every step of the participant's proposals on their timeline.
 */
@Component
class ProposalTimeline implements TimelineSource {

	private final JdbcClient jdbc;

	private final VacancyManagement vacancies;

	ProposalTimeline(JdbcClient jdbc, VacancyManagement vacancies) {
		this.jdbc = jdbc;
		this.vacancies = vacancies;
	}

	private record Step(UUID vacancyId, LocalDate takenOn, String status, String reason, String projectName) {

	}

	@Override
	public List<TimelineEvent> events(List<EnrollmentView> enrollments) {
		Map<UUID, String> projects = new HashMap<>();
		enrollments.forEach((e) -> projects.put(e.id(), e.projectName()));
		List<Step> steps = this.jdbc
			.sql("select p.vacancy_id, s.taken_on, s.status, s.reason, p.enrollment_id from proposal p"
					+ " join proposal_step s on s.proposal_id = p.id where p.enrollment_id in (:ids)")
			.param("ids", enrollments.stream().map(EnrollmentView::id).toList())
			.query((rs, n) -> new Step(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getString(4), projects.get(rs.getObject(5, UUID.class))))
			.list();
		Map<UUID, String> titles = new HashMap<>();
		this.vacancies.findAll(steps.stream().map(Step::vacancyId).distinct().toList())
			.forEach((VacancyView v) -> titles.put(v.id(), v.title() + ", " + v.employerName()));
		return steps.stream()
			.map((s) -> new TimelineEvent(s.takenOn(), TimelineEvent.Kind.PROPOSAL, s.projectName(),
					titles.get(s.vacancyId()), s.reason(), "proposalStatus." + s.status()))
			.toList();
	}

}
