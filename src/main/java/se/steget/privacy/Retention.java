package se.steget.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.participant.ConsentWithdrawn;

/**
 * Removes personal data whose retention has run out: a participant whose every enrollment
 * is in a project past its end plus its retention gets no name and a placeholder number,
 * and loses documents, plans and free-text notes. Gender, birth date, home municipality,
 * the situation at the start, tracks, hours and outcomes stay, so that every figure is
 * unchanged.
 */
@Service
public class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	/**
	 * Participants of the expired projects who are in no project still within retention.
	 */
	private static final String EXPIRED_PEOPLE = "select distinct e.participant_id from enrollment e"
			+ " join participant p on p.id = e.participant_id where e.project_id in (:projects)"
			+ " and p.anonymised_on is null and not exists (select 1 from enrollment o"
			+ " where o.participant_id = e.participant_id and o.project_id not in (:projects))";

	private final JdbcClient jdbc;

	private final Clock clock;

	Retention(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What a run today would remove, the earliest expiry first: the dry run. */
	@Transactional(readOnly = true)
	public List<ExpiredProject> dryRun() {
		List<UUID> projects = expiredProjects();
		if (projects.isEmpty()) {
			return List.of();
		}
		List<UUID> people = people(projects);
		return this.jdbc
			.sql("select pr.id, pr.name, pr.period_end, pr.retention_months, (select count(distinct e.participant_id)"
					+ " from enrollment e where e.project_id = pr.id and e.participant_id in (:people)) as participants,"
					+ " (select count(*) from document d where d.participant_id in (:people) and exists (select 1"
					+ " from enrollment e where e.participant_id = d.participant_id and e.project_id = pr.id)) as documents"
					+ " from project pr where pr.id in (:projects) order by pr.period_end, pr.name")
			.params(Map.of("projects", projects, "people", people.isEmpty() ? List.of(new UUID(0, 0)) : people))
			.query((rs, n) -> new ExpiredProject(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getInt(5), rs.getInt(6)))
			.list();
	}

	/** Removes what has expired; returns how many people it anonymised. */
	@Transactional
	public int run() {
		List<UUID> projects = expiredProjects();
		List<UUID> people = projects.isEmpty() ? List.of() : people(projects);
		if (!people.isEmpty()) {
			anonymise(people);
			log.info("Retention: anonymised {} participants of {} expired projects", people.size(), projects.size());
		}
		this.jdbc.sql("insert into retention_run (id, ran_at, anonymised) values (?, ?, ?)")
			.params(UUID.randomUUID(), LocalDateTime.now(this.clock), people.size())
			.update();
		return people.size();
	}

	/**
	 * Removes the people's identities, documents, plans and free-text notes for good, and
	 * keeps what the statistics count.
	 */
	@Transactional
	public void anonymise(List<UUID> people) {
		Map<String, Object> ids = Map.of("people", people, "today", LocalDate.now(this.clock));
		String enrollments = "(select id from enrollment where participant_id in (:people))";
		for (String statement : List.of("delete from document where participant_id in (:people)",
				"delete from participant_sharing where participant_id in (:people)",
				"delete from action_plan where enrollment_id in " + enrollments,
				"update contact set note = null where enrollment_id in " + enrollments,
				"update assessment set note = null where enrollment_id in " + enrollments,
				"update outcome set note = null where enrollment_id in " + enrollments,
				"update intake_record set reason = null, note = null where enrollment_id in " + enrollments,
				"update track_change set reason = null where enrollment_id in " + enrollments,
				"update pause set note = null where enrollment_id in " + enrollments,
				"update enrollment set exit_note = null where participant_id in (:people)",
				"update participant set first_name = '-', last_name = '-', protected_identity = true,"
						+ " personal_identity_number = 'X' || substring(replace(cast(id as varchar(36)), '-', ''), 1, 11),"
						+ " anonymised_on = :today where id in (:people)")) {
			this.jdbc.sql(statement).params(ids).update();
		}
	}

	/**
	 * A participant who withdraws consent is anonymised at once, in the same transaction.
	 */
	@EventListener
	void on(ConsentWithdrawn event) {
		anonymise(List.of(event.participantId()));
	}

	private List<UUID> expiredProjects() {
		LocalDate today = LocalDate.now(this.clock);
		return this.jdbc
			.sql("select id, period_end, retention_months from project where retention_months is not null"
					+ " and period_end is not null")
			.query((rs, n) -> rs.getObject(2, LocalDate.class).plusMonths(rs.getInt(3)).isBefore(today)
					? rs.getObject(1, UUID.class) : null)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	private List<UUID> people(List<UUID> projects) {
		return this.jdbc.sql(EXPIRED_PEOPLE).param("projects", projects).query(UUID.class).list();
	}

}
