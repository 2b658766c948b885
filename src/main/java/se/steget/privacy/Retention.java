package se.steget.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.core.Erasure;
import se.steget.core.PersonalColumn;
import se.steget.core.PersonalData;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.participant.ConsentWithdrawn;
import se.steget.participant.ParticipantManagement;
import se.steget.project.ProjectManagement;
import se.steget.project.ProjectRetention;

/**
 * Removes personal data whose retention has run out: the people whose every enrollment is
 * in a project past its end plus its retention, and the people registered long ago who
 * were never enrolled. Each module erases its own data through {@link PersonalData}, and
 * keeps what the statistics count, so that every figure is unchanged.
 */
@Service
class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	/**
	 * People erased in one go, so that no statement has more parameters than a database
	 * takes.
	 */
	private static final int BATCH = 1000;

	private final ObjectProvider<PersonalData> modules;

	private final ProjectManagement projects;

	private final EnrollmentManagement enrollments;

	private final ParticipantManagement participants;

	private final RetentionProperties properties;

	private final JdbcClient jdbc;

	private final Clock clock;

	Retention(ObjectProvider<PersonalData> modules, ProjectManagement projects, EnrollmentManagement enrollments,
			ParticipantManagement participants, RetentionProperties properties, JdbcClient jdbc, Clock clock) {
		this.modules = modules;
		this.projects = projects;
		this.enrollments = enrollments;
		this.participants = participants;
		this.properties = properties;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What a run today would remove, and what it keeps: the dry run. */
	@Transactional(readOnly = true)
	public RetentionDryRun dryRun() {
		Due due = due();
		Map<String, Long> disposable = new LinkedHashMap<>();
		for (Erasure erasure : batches(due)) {
			this.modules.orderedStream()
				.forEach((module) -> module.disposable(erasure)
					.forEach((kind, n) -> disposable.merge(kind, n, Long::sum)));
		}
		List<PersonalColumn> kept = this.modules.orderedStream()
			.flatMap((module) -> module.columns().stream())
			.filter((column) -> column.fate() == PersonalColumn.Fate.KEPT)
			.toList();
		return new RetentionDryRun(due.projects(), due.neverEnrolled(), disposable, kept);
	}

	/** Removes what has expired; returns how many people it anonymised. */
	@Transactional
	public int run() {
		Due due = due();
		batches(due).forEach(this::erase);
		if (!due.people().isEmpty()) {
			log.info("Retention: anonymised {} participants of {} expired projects and never enrolled",
					due.people().size(), due.projects().size());
		}
		this.jdbc.sql("insert into retention_run (id, ran_at, anonymised) values (?, ?, ?)")
			.params(UUID.randomUUID(), LocalDateTime.now(this.clock), due.people().size())
			.update();
		return due.people().size();
	}

	/** The nightly run, on one instance of several. */
	@SchedulerLock(name = "retention", lockAtLeastFor = "PT5M")
	public void nightly() {
		run();
	}

	/**
	 * A participant who withdraws consent is anonymised at once, in the same transaction.
	 */
	@EventListener
	void on(ConsentWithdrawn event) {
		erase(Erasure.of(event.participantId(), LocalDate.now(this.clock)));
	}

	private void erase(Erasure erasure) {
		this.modules.orderedStream().forEach((module) -> module.erase(erasure));
	}

	private Due due() {
		LocalDate today = LocalDate.now(this.clock);
		List<ProjectRetention> expired = this.projects.pastRetention(today);
		Map<UUID, Set<UUID>> byProject = this.enrollments
			.participantsOnlyIn(expired.stream().map(ProjectRetention::projectId).toList());
		Set<UUID> identified = this.participants
			.stillIdentified(byProject.values().stream().flatMap(Set::stream).distinct().toList());
		List<ExpiredProject> projects = expired.stream().map((project) -> {
			Set<UUID> people = new HashSet<>(byProject.getOrDefault(project.projectId(), Set.of()));
			people.retainAll(identified);
			return new ExpiredProject(project.projectId(), project.name(), project.expiredOn(), people.size());
		}).toList();
		Set<UUID> neverEnrolled = this.participants
			.neverEnrolledRegisteredBefore(today.minusMonths(this.properties.unenrolledMonths()).atStartOfDay());
		Set<UUID> people = new HashSet<>(identified);
		people.addAll(neverEnrolled);
		return new Due(projects, Set.copyOf(expired.stream().map(ProjectRetention::projectId).toList()), people,
				neverEnrolled.size(), today);
	}

	/** The erasure in batches of people; the projects go with the first. */
	private static List<Erasure> batches(Due due) {
		List<UUID> people = List.copyOf(due.people());
		List<Erasure> batches = new ArrayList<>();
		for (int from = 0; from < people.size() || batches.isEmpty(); from += BATCH) {
			batches.add(new Erasure(Set.copyOf(people.subList(from, Math.min(people.size(), from + BATCH))),
					batches.isEmpty() ? due.projectIds() : Set.of(), due.today()));
		}
		return batches;
	}

	private record Due(List<ExpiredProject> projects, Set<UUID> projectIds, Set<UUID> people, int neverEnrolled,
			LocalDate today) {
	}

}
