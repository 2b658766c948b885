package se.steget.activity;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.steget.enrollment.EnrollmentView;
import se.steget.enrollment.TimelineEvent;
import se.steget.enrollment.TimelineSource;

/**
 * Puts the activities a participant takes part in on their timeline.
 */
@Component
class ActivityTimeline implements TimelineSource {

	private final JdbcClient jdbc;

	ActivityTimeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<TimelineEvent> events(List<EnrollmentView> enrollments) {
		return this.jdbc
			.sql("select m.joined_on, a.kind, a.title, a.end_date, pr.name from activity_member m"
					+ " join activity a on a.id = m.activity_id join project pr on pr.id = a.project_id"
					+ " where m.enrollment_id in (:ids)")
			.param("ids", enrollments.stream().map(EnrollmentView::id).toList())
			.query((rs, n) -> new TimelineEvent(rs.getDate(1).toLocalDate(), TimelineEvent.Kind.ACTIVITY,
					rs.getString(5), rs.getString(3), null, "activityKind." + rs.getString(2)))
			.list();
	}

}
