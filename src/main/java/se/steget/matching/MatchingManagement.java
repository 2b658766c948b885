package se.steget.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessScope;
import se.steget.core.EducationLevel;
import se.steget.core.Gender;
import se.steget.core.SwedishLevel;
import se.steget.enrollment.CaseScope;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.EnrollmentView;
import se.steget.employer.VacancyManagement;
import se.steget.employer.VacancyView;
import se.steget.participant.ParticipantManagement;

/**
 * Ranks open vacancies for a participant and participants for a vacancy, with the same
 * {@link Scoring} both ways. Vacancies are ranked from memory ({@link OpenVacancies});
 * participants are read in one query among the cases the user may read, those whose
 * wanted occupations share the vacancy's field or who have named none.
 */
@Service
@Transactional(readOnly = true)
public class MatchingManagement {

	/** How many matches a list shows. */
	public static final int TOP = 20;

	private final OpenVacancies openVacancies;

	private final VacancyManagement vacancies;

	private final JobProfileManagement profiles;

	private final EnrollmentManagement enrollments;

	private final ParticipantManagement participants;

	private final JdbcClient jdbc;

	MatchingManagement(OpenVacancies openVacancies, VacancyManagement vacancies, JobProfileManagement profiles,
			EnrollmentManagement enrollments, ParticipantManagement participants, JdbcClient jdbc) {
		this.openVacancies = openVacancies;
		this.vacancies = vacancies;
		this.profiles = profiles;
		this.enrollments = enrollments;
		this.participants = participants;
		this.jdbc = jdbc;
	}

	/**
	 * The best open vacancies and places for the participant, best first. They are scored
	 * from the highest ceiling down, until no vacancy left could reach the twentieth
	 * best.
	 */
	public List<VacancyMatch> forEnrollment(UUID enrollmentId, MatchFilter filter, AccessScope scope) {
		EnrollmentView enrollment = this.enrollments.get(enrollmentId, scope);
		String home = this.participants.homeMunicipality(enrollment.participantId());
		Seeker seeker = this.profiles.get(enrollmentId, scope).seeker(home);
		List<List<OpenVacancies.Indexed>> byCeiling = new ArrayList<>();
		for (OpenVacancies.Indexed v : this.openVacancies.current()) {
			if (Scoring.related(seeker, v.vacancy().ssykCode()) && passes(v.vacancy(), filter)) {
				int ceiling = Scoring.ceiling(seeker, v.vacancy().ssykCode(), v.requirementsCeiling());
				while (byCeiling.size() <= ceiling) {
					byCeiling.add(new ArrayList<>());
				}
				byCeiling.get(ceiling).add(v);
			}
		}
		Best<VacancyMatch> best = new Best<>(filter.nearMisses());
		for (int ceiling = byCeiling.size() - 1; ceiling >= 0 && !best.unreachable(ceiling); ceiling--) {
			for (OpenVacancies.Indexed v : byCeiling.get(ceiling)) {
				best.add(new VacancyMatch(v.vacancy(), Scoring.score(seeker, v.opening())), VacancyMatch::match);
			}
		}
		return best.ranked(VacancyMatch::match, (m) -> m.vacancy().id());
	}

	/**
	 * The best participants, among the cases the user may read, for the vacancy. Those
	 * who want an occupation of its minor group are read first, then those of its field,
	 * then those who named none, each only if its ceiling could still reach the twentieth
	 * best.
	 */
	public List<CandidateMatch> forVacancy(UUID vacancyId, MatchFilter filter, AccessScope scope) {
		VacancyView vacancy = this.vacancies.get(vacancyId, scope);
		Opening opening = opening(vacancy);
		int rest = Scoring.PLACE + Scoring.SCOPE + Scoring.requirementsCeiling(opening);
		Best<CandidateMatch> best = new Best<>(filter.nearMisses());
		for (Tier tier : Tier.values()) {
			if (best.unreachable(tier.occupationCeiling() + rest)) {
				break;
			}
			for (Candidate c : candidates(vacancy, tier, filter, scope)) {
				best.add(new CandidateMatch(c.enrollmentId(), c.name(), c.protectedIdentity(), c.gender(),
						c.projectName(), Scoring.score(c.seeker(), opening)), CandidateMatch::match);
			}
		}
		return best.ranked(CandidateMatch::match, CandidateMatch::enrollmentId);
	}

	/**
	 * The matches kept for ranking, and the twentieth best score so far: a ceiling below
	 * it cannot make the list. Excluded matches count only when near misses are shown.
	 */
	private static final class Best<T> {

		private final boolean nearMisses;

		private final List<T> kept = new ArrayList<>();

		private final PriorityQueue<Integer> top = new PriorityQueue<>();

		Best(boolean nearMisses) {
			this.nearMisses = nearMisses;
		}

		void add(T item, Function<T, Match> match) {
			Match m = match.apply(item);
			if (m.excluded() && !this.nearMisses) {
				return;
			}
			this.kept.add(item);
			this.top.add(m.points());
			if (this.top.size() > TOP) {
				this.top.poll();
			}
		}

		boolean unreachable(int ceiling) {
			return this.top.size() == TOP && ceiling < this.top.peek();
		}

		List<T> ranked(Function<T, Match> match, Function<T, UUID> id) {
			return this.kept.stream().sorted(Comparator.comparing(match, BEST).thenComparing(id)).limit(TOP).toList();
		}

	}

	/**
	 * How close a candidate's wanted occupations come to the vacancy's, as far as the
	 * database can tell, with the most the occupation factor then gives.
	 */
	private enum Tier {

		GROUP(Scoring.OCCUPATION), FIELD(10), NONE(0);

		private final int occupationCeiling;

		Tier(int occupationCeiling) {
			this.occupationCeiling = occupationCeiling;
		}

		int occupationCeiling() {
			return this.occupationCeiling;
		}

	}

	/** One participant against one vacancy, for the proposal's page. */
	public Match match(UUID enrollmentId, VacancyView vacancy, AccessScope scope) {
		EnrollmentView enrollment = this.enrollments.get(enrollmentId, scope);
		String home = this.participants.homeMunicipality(enrollment.participantId());
		return Scoring.score(this.profiles.get(enrollmentId, scope).seeker(home), opening(vacancy));
	}

	/** The higher score first, then the more that is known. */
	private static final Comparator<Match> BEST = Comparator.comparingInt(Match::points)
		.reversed()
		.thenComparing(Comparator.comparingInt(Match::confidence).reversed());

	static Opening opening(VacancyView v) {
		return new Opening(v.ssykCode(), v.municipalityCode(), v.country(), v.scopeMin(), v.scopeMax(),
				v.requirements());
	}

	private static boolean passes(VacancyView v, MatchFilter filter) {
		return (filter.municipalityCode() == null || filter.municipalityCode().equals(v.municipalityCode()))
				&& (filter.field() == null || v.ssykCode().startsWith(filter.field()))
				&& (filter.kind() == null || filter.kind() == v.kind());
	}

	private record Candidate(UUID enrollmentId, String name, boolean protectedIdentity, Gender gender,
			String projectName, Seeker seeker) {

	}

	private List<Candidate> candidates(VacancyView vacancy, Tier tier, MatchFilter filter, AccessScope scope) {
		Map<String, Object> params = new HashMap<>();
		String code = vacancy.ssykCode();
		params.put("group_low", code.substring(0, 3) + "0");
		params.put("group_high", code.substring(0, 3) + "9");
		params.put("field_low", code.substring(0, 1) + "000");
		params.put("field_high", code.substring(0, 1) + "999");
		String where = " where e.status <> 'EXITED' and " + CaseScope.visibleRow(scope, params) + " and "
				+ switch (tier) {
					case GROUP -> wants("group");
					case FIELD -> wants("field") + " and not " + wants("group");
					case NONE ->
						"not exists (select 1 from job_profile_occupation n where n.enrollment_id = jp.enrollment_id)";
				};
		if (filter.projectId() != null) {
			where += " and e.project_id = :project";
			params.put("project", filter.projectId());
		}
		if (filter.municipalityCode() != null) {
			where += " and p.municipality_code = :municipality";
			params.put("municipality", filter.municipalityCode());
		}
		List<CandidateRow> rows = this.jdbc.sql("select jp.enrollment_id, case when p.protected_identity then null"
				+ " else p.first_name || ' ' || p.last_name end as name, p.protected_identity, p.gender,"
				+ " p.municipality_code, pr.name as project_name, jp.home_municipality, jp.whole_country, jp.abroad,"
				+ " jp.travel_minutes, jp.scope_min, jp.scope_max, jp.swedish_level, jp.education_level"
				+ " from job_profile jp join enrollment e on e.id = jp.enrollment_id"
				+ " join participant p on p.id = e.participant_id join project pr on pr.id = e.project_id" + where)
			.params(params)
			.query(CandidateRow.class)
			.list();
		Map<UUID, List<Seeker.WantedOccupation>> occupations = new HashMap<>();
		Map<UUID, Map<ProfileTagKind, Set<String>>> tags = new HashMap<>();
		List<UUID> ids = rows.stream().map(CandidateRow::enrollmentId).toList();
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			this.jdbc
				.sql("select enrollment_id, ssyk_code, experience_years from job_profile_occupation"
						+ " where enrollment_id in (:ids) order by enrollment_id, preference")
				.param("ids", batch)
				.query((rs, n) -> occupations.computeIfAbsent(rs.getObject(1, UUID.class), (k) -> new ArrayList<>())
					.add(new Seeker.WantedOccupation(rs.getString(2).strip(), (Integer) rs.getObject(3))))
				.list();
			this.jdbc.sql("select enrollment_id, kind, tag_value from job_profile_tag where enrollment_id in (:ids)")
				.param("ids", batch)
				.query((rs, n) -> tags.computeIfAbsent(rs.getObject(1, UUID.class), (k) -> new HashMap<>())
					.computeIfAbsent(ProfileTagKind.valueOf(rs.getString(2)), (k) -> new HashSet<>())
					.add(rs.getString(3)))
				.list();
		}
		return rows.stream()
			.map((row) -> row.candidate(occupations.getOrDefault(row.enrollmentId(), List.of()),
					tags.getOrDefault(row.enrollmentId(), Map.of())))
			.toList();
	}

	/** That the profile wants an occupation in the named range of codes. */
	private static String wants(String range) {
		return "exists (select 1 from job_profile_occupation o where o.enrollment_id = jp.enrollment_id"
				+ " and o.ssyk_code between :" + range + "_low and :" + range + "_high)";
	}

	/** How many candidates' occupations and lists one query reads. */
	private static final int BATCH = 1000;

	/** A candidate's row of the job profile, before its occupations and lists. */
	private record CandidateRow(UUID enrollmentId, String name, boolean protectedIdentity, Gender gender,
			String municipalityCode, String projectName, boolean homeMunicipality, boolean wholeCountry, boolean abroad,
			Integer travelMinutes, Integer scopeMin, Integer scopeMax, SwedishLevel swedishLevel,
			EducationLevel educationLevel) {

		Candidate candidate(List<Seeker.WantedOccupation> occupations, Map<ProfileTagKind, Set<String>> tags) {
			Set<String> licences = tags.getOrDefault(ProfileTagKind.DRIVING_LICENCE, Set.of());
			Seeker seeker = new Seeker(occupations, this.municipalityCode, this.homeMunicipality,
					tags.getOrDefault(ProfileTagKind.MUNICIPALITY, Set.of()),
					tags.getOrDefault(ProfileTagKind.COUNTY, Set.of()), this.wholeCountry, this.abroad,
					this.travelMinutes, this.scopeMin, this.scopeMax,
					licences.stream().filter((l) -> !l.equals("NONE")).collect(Collectors.toSet()),
					licences.contains("NONE"), this.swedishLevel, this.educationLevel,
					tags.getOrDefault(ProfileTagKind.LANGUAGE, Set.of()),
					tags.getOrDefault(ProfileTagKind.SKILL, Set.of()),
					tags.getOrDefault(ProfileTagKind.LIMITATION, Set.of()));
			return new Candidate(this.enrollmentId, this.name, this.protectedIdentity, this.gender, this.projectName,
					seeker);
		}

	}

}
