package se.steget.employer;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.steget.enrollment.EnrollmentView;
import se.steget.enrollment.TimelineEvent;
import se.steget.enrollment.TimelineSource;

/**
 * Puts the employer contacts about a participant (job acquisition, follow-ups of a
 * placement or an internship) on their timeline.
 */
@Component
class EmployerContactTimeline implements TimelineSource {

	private final JdbcClient jdbc;

	EmployerContactTimeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<TimelineEvent> events(List<EnrollmentView> enrollments) {
		Map<UUID, String> projects = new HashMap<>();
		enrollments.forEach((e) -> projects.put(e.id(), e.projectName()));
		return this.jdbc
			.sql("select c.contacted_on, em.name, c.outcome, c.purpose, c.enrollment_id from employer_contact c"
					+ " join employer em on em.id = c.employer_id where c.enrollment_id in (:ids)")
			.param("ids", enrollments.stream().map(EnrollmentView::id).toList())
			.query((rs, n) -> new TimelineEvent(rs.getObject(1, LocalDate.class), TimelineEvent.Kind.EMPLOYER_CONTACT,
					projects.get(rs.getObject(5, UUID.class)), rs.getString(2), rs.getString(3),
					"employerContactPurpose." + rs.getString(4)))
			.list();
	}

}
