package se.steget.enrollment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.steget.core.RejectedInputException;
import se.steget.core.UnchangedRecords;
import se.steget.participant.ParticipantManagement;

/**
 * The removal of enrollments made by mistake, as when their import is undone: only while
 * nothing has changed them since.
 */
@Service
public class EnrollmentRemovals {

	private static final String CHANGED = "enrollment.error.changedSinceImported";

	private final JdbcClient jdbc;

	private final ParticipantManagement participants;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate savepoint;

	EnrollmentRemovals(JdbcClient jdbc, ParticipantManagement participants, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.participants = participants;
		this.events = events;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** The version of each of the enrollments, as their import leaves them. */
	public Map<UUID, Integer> versionsOf(Collection<UUID> ids) {
		return UnchangedRecords.versions(this.jdbc, "enrollment", ids);
	}

	/** The person each of the enrollments is for. */
	public Map<UUID, UUID> participantsOf(Collection<UUID> ids) {
		Map<UUID, UUID> people = new HashMap<>();
		List<UUID> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += 1000) {
			this.jdbc.sql("select id, participant_id from enrollment where id in (:ids)")
				.param("ids", all.subList(from, Math.min(all.size(), from + 1000)))
				.query((rs, n) -> people.put(rs.getObject("id", UUID.class),
						rs.getObject("participant_id", UUID.class)))
				.list();
		}
		return people;
	}

	/**
	 * Removes the enrollments, all or none: refused when one is no longer at its version
	 * (its track, a pause, an intake record, a colleague on the case or its exit changed
	 * since) or is kept by a record that refers to it. The kept counts let go of them,
	 * and each person's first day of enrollment becomes that of the stays left.
	 * @throws RejectedInputException on {@code rows} with how many were changed or used
	 */
	@Transactional
	public void removeUnchanged(Map<UUID, Integer> versions) {
		int changed = UnchangedRecords.changed(this.jdbc, "enrollment", versions).size();
		if (changed > 0) {
			throw new RejectedInputException("rows", CHANGED, changed);
		}
		Collection<UUID> people = participantsOf(versions.keySet()).values();
		this.events.publishEvent(new EnrollmentsRemoved(List.copyOf(versions.keySet())));
		UnchangedRecords.remove(this.jdbc, this.savepoint, "enrollment", versions, CHANGED);
		this.participants.firstEnrolledOn(firstStarts(people));
	}

	/** Each person's first start among the stays they have, or null for none. */
	private Map<UUID, LocalDate> firstStarts(Collection<UUID> people) {
		Map<UUID, LocalDate> first = new HashMap<>();
		people.forEach((person) -> first.put(person, null));
		List<UUID> all = List.copyOf(first.keySet());
		for (int from = 0; from < all.size(); from += 1000) {
			this.jdbc
				.sql("select participant_id, min(start_date) as first from enrollment where participant_id in (:ids)"
						+ " group by participant_id")
				.param("ids", all.subList(from, Math.min(all.size(), from + 1000)))
				.query((rs, n) -> first.put(rs.getObject("participant_id", UUID.class),
						rs.getObject("first", LocalDate.class)))
				.list();
		}
		return first;
	}

}
