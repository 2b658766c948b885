package se.steget.enrollment;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.steget.core.RejectedInputException;
import se.steget.participant.ParticipantsMerged;

/**
 * Two records of one person merged: the removed person's enrollments, and with them
 * everything recorded under them (contacts, hours, outcomes), become the kept person's,
 * unless two stays in one project would overlap. Each moved enrollment is announced as
 * changed, so that the kept summaries count it with the kept person's situation.
 */
@Component
class EnrollmentMerges {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	EnrollmentMerges(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@EventListener
	void on(ParticipantsMerged merge) {
		long overlapping = this.jdbc
			.sql("select count(*) from enrollment k join enrollment r on r.project_id = k.project_id"
					+ " where k.participant_id = :kept and r.participant_id = :removed"
					+ " and k.start_date <= coalesce(r.exit_date, date '9999-12-31')"
					+ " and r.start_date <= coalesce(k.exit_date, date '9999-12-31')")
			.param("kept", merge.keptId())
			.param("removed", merge.removedId())
			.query(Long.class)
			.single();
		if (overlapping > 0) {
			throw new RejectedInputException("removedId", "participant.merge.overlap", overlapping);
		}
		List<UUID> moved = this.jdbc.sql("select id from enrollment where participant_id = ?")
			.param(merge.removedId())
			.query(UUID.class)
			.list();
		this.jdbc.sql("update enrollment set participant_id = ? where participant_id = ?")
			.params(merge.keptId(), merge.removedId())
			.update();
		moved.forEach((id) -> this.events.publishEvent(new EnrollmentChanged(id)));
	}

}
