package se.steget.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import se.steget.core.EducationLevel;
import se.steget.core.SwedishLevel;
import se.steget.employer.Requirement;
import se.steget.employer.RequirementKind;
import se.steget.matching.Seeker.WantedOccupation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For any profile and vacancy: a met requirement added never lowers the score, the
 * factors add up to it, what is unknown gives no points, and no score is above the
 * ceiling that ranking stops at.
 */
class ScoringPropertyTests {

	private static final List<String> CODES = List.of("5120", "5121", "5311", "4322", "7111", "9111");

	private static final List<String> PLACES = List.of("0880", "0881", "0882", "0680", "1880");

	@Property(tries = 300)
	void addingAMetRequirementNeverLowersTheScore(@ForAll("seekers") Seeker seeker, @ForAll("openings") Opening opening,
			@ForAll("requirements") Requirement extra) {
		List<Requirement> more = new ArrayList<>(opening.requirements());
		more.add(extra);
		Opening withExtra = new Opening(opening.ssykCode(), opening.municipalityCode(), opening.country(),
				opening.scopeMin(), opening.scopeMax(), more);
		Match before = Scoring.score(seeker, opening);
		Match after = Scoring.score(seeker, withExtra);
		Factor added = after.factors().get(after.factors().size() - 1);
		if (added.agreement() == Agreement.MET) {
			assertThat(after.points()).isGreaterThanOrEqualTo(before.points());
			assertThat(after.excluded()).isEqualTo(before.excluded());
		}
	}

	@Property(tries = 300)
	void theFactorsAddUpAndUnknownGivesNothing(@ForAll("seekers") Seeker seeker, @ForAll("openings") Opening opening) {
		Match match = Scoring.score(seeker, opening);
		assertThat(match.points()).isEqualTo(match.factors().stream().mapToInt(Factor::points).sum());
		assertThat(match.points()).isBetween(0, match.maxPoints());
		assertThat(match.unknown()).allSatisfy((f) -> assertThat(f.points()).isZero());
		assertThat(match.factors()).allSatisfy((f) -> assertThat(f.points()).isBetween(0, f.maxPoints()));
		assertThat(match.confidence()).isBetween(0, 100);
	}

	@Property(tries = 300)
	void noScoreIsAboveItsCeilingSoRankingMayStopThere(@ForAll("seekers") Seeker seeker,
			@ForAll("openings") Opening opening) {
		assertThat(Scoring.score(seeker, opening).points()).isLessThanOrEqualTo(Scoring.ceiling(seeker, opening));
		assertThat(Scoring.score(seeker, opening).maxPoints() - Scoring.OCCUPATION
				+ Scoring.occupation(seeker, opening).points())
			.isEqualTo(Scoring.ceiling(seeker, opening));
	}

	@Provide
	Arbitrary<Seeker> seekers() {
		Arbitrary<List<WantedOccupation>> occupations = Combinators
			.combine(Arbitraries.of(CODES), Arbitraries.integers().between(0, 10).injectNull(0.3))
			.as(WantedOccupation::new)
			.list()
			.ofMaxSize(3);
		Arbitrary<Set<String>> tags = Arbitraries.of("kassa", "truckkort", "tunga lyft", "arabiska", "engelska")
			.set()
			.ofMaxSize(3);
		return Combinators.combine(occupations, Arbitraries.of(PLACES).injectNull(0.2),
				Arbitraries.of(PLACES).set().ofMaxSize(2), Arbitraries.of("08", "18").set().ofMaxSize(1),
				Arbitraries.of(true, false), Arbitraries.integers().between(1, 100).injectNull(0.3),
				Arbitraries.of(SwedishLevel.class).injectNull(0.3), Arbitraries.of("B", "C", "CE").set().ofMaxSize(2))
			.as((o, home, municipalities, counties, flag, scope, swedish, licences) -> new Seeker(o, home, flag,
					municipalities, counties, !flag, flag, scope, (scope == null) ? null : Math.min(scope, 50),
					(scope == null) ? null : scope, licences, licences.isEmpty() && flag, swedish,
					flag ? EducationLevel.UPPER_SECONDARY : null, Set.of("arabiska"), Set.of("kassa"),
					flag ? Set.of("tunga lyft") : Set.of()));
	}

	@Provide
	Arbitrary<Opening> openings() {
		return Combinators
			.combine(Arbitraries.of(CODES), Arbitraries.of(PLACES), Arbitraries.integers().between(1, 100),
					requirements().list().ofMaxSize(4))
			.as((code, place, scope, requirements) -> new Opening(code, place, "SE", Math.min(scope, 60), scope,
					requirements.stream().distinct().toList()));
	}

	@Provide
	Arbitrary<Requirement> requirements() {
		return Arbitraries.oneOf(
				Combinators.combine(Arbitraries.of("B", "C", "CE"), Arbitraries.of(true, false))
					.as((v, m) -> new Requirement(RequirementKind.DRIVING_LICENCE, v, m)),
				Combinators.combine(Arbitraries.of(SwedishLevel.class), Arbitraries.of(true, false))
					.as((v, m) -> new Requirement(RequirementKind.SWEDISH, v.name(), m)),
				Combinators.combine(Arbitraries.of(EducationLevel.class), Arbitraries.of(true, false))
					.as((v, m) -> new Requirement(RequirementKind.EDUCATION, v.name(), m)),
				Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.of(true, false))
					.as((v, m) -> new Requirement(RequirementKind.EXPERIENCE, String.valueOf(v), m)),
				Combinators
					.combine(Arbitraries.of("kassa", "truckkort", "tunga lyft", "arabiska"),
							Arbitraries.of(true, false))
					.as((v, m) -> new Requirement(RequirementKind.SKILL, v, m)));
	}

}
