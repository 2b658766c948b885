package se.steget.casework;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.steget.participant.ParticipantsMerged;

/**
 * Two records of one person merged: the removed person's documents become the kept one's.
 */
@Component
class DocumentMerges {

	private final JdbcClient jdbc;

	DocumentMerges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(ParticipantsMerged merge) {
		this.jdbc.sql("update document set participant_id = ? where participant_id = ?")
			.params(merge.keptId(), merge.removedId())
			.update();
	}

}
