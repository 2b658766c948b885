package se.steget.casework;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.steget.enrollment.EnrollmentView;
import se.steget.enrollment.TimelineEvent;
import se.steget.enrollment.TimelineSource;

/**
 * Puts the logged contacts on the participant's timeline.
 */
@Component
class ContactTimeline implements TimelineSource {

	private final JdbcClient jdbc;

	ContactTimeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<TimelineEvent> events(List<EnrollmentView> enrollments) {
		return this.jdbc
			.sql("select c.contacted_at, c.channel, c.kind, c.note, pr.name from contact c"
					+ " join enrollment e on e.id = c.enrollment_id join project pr on pr.id = e.project_id"
					+ " where c.enrollment_id in (:ids)")
			.param("ids", enrollments.stream().map(EnrollmentView::id).toList())
			.query((rs, n) -> new TimelineEvent(rs.getTimestamp(1).toLocalDateTime().toLocalDate(),
					TimelineEvent.Kind.CONTACT, rs.getString(5), rs.getString(3), rs.getString(4),
					"contactChannel." + rs.getString(2)))
			.list();
	}

}
