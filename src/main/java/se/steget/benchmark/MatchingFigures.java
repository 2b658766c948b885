package se.steget.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.matching.MatchFilter;
import se.steget.matching.MatchingManagement;

/**
 * The matching figures: the top 20 open vacancies for one participant, with their
 * explanations, and the top 20 participants for one vacancy among a programme's 40,000
 * cases (a project manager of as many of the largest projects as hold 40,000 open cases
 * with a profile, or all there are), each beside a plain SQL ranking of the same rows on
 * occupation and place only.
 */
@Component
class MatchingFigures {

	private static final int PROGRAMME = 40_000;

	private final MatchingManagement matching;

	private final JdbcClient jdbc;

	MatchingFigures(MatchingManagement matching, JdbcClient jdbc) {
		this.matching = matching;
		this.jdbc = jdbc;
	}

	private record Seeker(UUID enrollmentId, UUID projectId, String ssyk, String home) {

	}

	List<Map<String, Object>> measure() {
		List<Seeker> seekers = this.jdbc.sql(
				"select jp.enrollment_id, e.project_id, o.ssyk_code as ssyk, p.municipality_code as home from job_profile jp"
						+ " join enrollment e on e.id = jp.enrollment_id join participant p on p.id = e.participant_id"
						+ " join job_profile_occupation o on o.enrollment_id = jp.enrollment_id and o.preference = 0"
						+ " where e.status <> 'EXITED' order by jp.enrollment_id limit 50")
			.query(Seeker.class)
			.list();
		UUID vacancy = this.jdbc.sql("select id from vacancy where status = 'OPEN' order by id limit 1")
			.query(UUID.class)
			.optional()
			.orElse(null);
		if (seekers.isEmpty() || vacancy == null) {
			return List.of();
		}
		List<Map<String, Object>> figures = new ArrayList<>();
		figures.add(forParticipant(seekers));
		figures.add(forVacancy(vacancy));
		return figures;
	}

	private Map<String, Object> forParticipant(List<Seeker> seekers) {
		long start = System.nanoTime();
		Seeker first = seekers.get(0);
		this.matching.forEnrollment(first.enrollmentId(), MatchFilter.NONE, manager(Set.of(first.projectId())));
		double firstMs = Benchmark.round((System.nanoTime() - start) / 1_000_000.0);
		AtomicInteger next = new AtomicInteger();
		Benchmark.Timing timing = Benchmark.time(() -> {
			Seeker s = seekers.get(next.getAndIncrement() % seekers.size());
			return this.matching.forEnrollment(s.enrollmentId(), MatchFilter.NONE, manager(Set.of(s.projectId())));
		});
		AtomicInteger nextFloor = new AtomicInteger();
		Benchmark.Timing floor = Benchmark.time(() -> {
			Seeker s = seekers.get(nextFloor.getAndIncrement() % seekers.size());
			return this.jdbc
				.sql("select v.id from vacancy v where v.status = 'OPEN' order by (case"
						+ " when v.ssyk_code = :ssyk then 40 when substring(v.ssyk_code, 1, 3) = :group then 25"
						+ " when substring(v.ssyk_code, 1, 1) = :field then 10 else 0 end"
						+ " + case when v.municipality_code = :home then 25 else 0 end) desc, v.id limit 20")
				.param("ssyk", s.ssyk())
				.param("group", s.ssyk().substring(0, 3))
				.param("field", s.ssyk().substring(0, 1))
				.param("home", s.home())
				.query(UUID.class)
				.list();
		});
		Map<String, Object> figure = Benchmark.figure("matchingForParticipant", timing, 50.0);
		figure.put("openVacancies",
				this.jdbc.sql("select count(*) from vacancy where status = 'OPEN'").query(Long.class).single());
		figure.put("firstCallWithIndexLoadMs", firstMs);
		figure.put("floorMedianMs", floor.medianMs());
		figure.put("floorP95Ms", floor.p95Ms());
		return figure;
	}

	private Map<String, Object> forVacancy(UUID vacancy) {
		Set<UUID> projects = programme();
		AccessScope scope = manager(projects);
		Benchmark.Timing timing = Benchmark.time(() -> this.matching.forVacancy(vacancy, MatchFilter.NONE, scope));
		Map<String, Object> params = new HashMap<>();
		params.put("projects", projects);
		params.put("vacancy", vacancy);
		Benchmark.Timing floor = Benchmark.time(() -> this.jdbc
			.sql("select jp.enrollment_id from job_profile jp join enrollment e on e.id = jp.enrollment_id"
					+ " join participant p on p.id = e.participant_id join vacancy v on v.id = :vacancy"
					+ " where e.status <> 'EXITED' and e.project_id in (:projects) order by (select max(case"
					+ " when o.ssyk_code = v.ssyk_code then 40 when substring(o.ssyk_code, 1, 3)"
					+ " = substring(v.ssyk_code, 1, 3) then 25 when substring(o.ssyk_code, 1, 1)"
					+ " = substring(v.ssyk_code, 1, 1) then 10 else 0 end) from job_profile_occupation o"
					+ " where o.enrollment_id = jp.enrollment_id) + case when p.municipality_code = v.municipality_code"
					+ " then 25 else 0 end desc, jp.enrollment_id limit 20")
			.params(params)
			.query(UUID.class)
			.list());
		Map<String, Object> figure = Benchmark.figure("matchingForVacancy", timing, 50.0);
		figure.put("casesWithProfileInScope", casesWithProfile(projects));
		figure.put("projectsInScope", projects.size());
		figure.put("floorMedianMs", floor.medianMs());
		figure.put("floorP95Ms", floor.p95Ms());
		return figure;
	}

	/** The largest projects, until they hold 40,000 open cases with a job profile. */
	private Set<UUID> programme() {
		Map<UUID, Long> sizes = new LinkedHashMap<>();
		this.jdbc
			.sql("select e.project_id, count(*) from job_profile jp join enrollment e on e.id = jp.enrollment_id"
					+ " where e.status <> 'EXITED' group by e.project_id order by count(*) desc, e.project_id")
			.query((rs, n) -> sizes.put(rs.getObject(1, UUID.class), rs.getLong(2)))
			.list();
		Set<UUID> chosen = new java.util.HashSet<>();
		long total = 0;
		for (Map.Entry<UUID, Long> project : sizes.entrySet()) {
			if (total >= PROGRAMME) {
				break;
			}
			chosen.add(project.getKey());
			total += project.getValue();
		}
		return chosen;
	}

	private long casesWithProfile(Set<UUID> projects) {
		return this.jdbc
			.sql("select count(*) from job_profile jp join enrollment e on e.id = jp.enrollment_id"
					+ " where e.status <> 'EXITED' and e.project_id in (:projects)")
			.param("projects", projects)
			.query(Long.class)
			.single();
	}

	private static AccessScope manager(Set<UUID> projects) {
		return new AccessScope(UUID.randomUUID(), Role.PROJECT_MANAGER, projects);
	}

}
