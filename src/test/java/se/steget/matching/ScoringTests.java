package se.steget.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.steget.core.EducationLevel;
import se.steget.core.SwedishLevel;
import se.steget.employer.Requirement;
import se.steget.employer.RequirementKind;
import se.steget.matching.Seeker.WantedOccupation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The score of a match, factor by factor: what each gives, that what is unknown gives
 * nothing, that an unmet must-have excludes, and that the factors add up to the score.
 */
class ScoringTests {

	/** Kalmar (0880) and Nybro (0881) are in Kalmar county (08); Örebro (1880) is not. */
	private static final Seeker COOK_IN_KALMAR = new Seeker(List.of(new WantedOccupation("5120", 3)), "0880", true,
			Set.of("0881"), Set.of(), false, false, null, 50, 100, Set.of("B"), false, SwedishLevel.INTERMEDIATE,
			EducationLevel.UPPER_SECONDARY, Set.of("arabiska"), Set.of("kassa"), Set.of("tunga lyft"));

	private static final Seeker NOTHING_KNOWN = new Seeker(List.of(), null, true, Set.of(), Set.of(), false, false,
			null, null, null, Set.of(), false, null, null, Set.of(), Set.of(), Set.of());

	private static Opening job(String ssyk, String municipality, Requirement... requirements) {
		return new Opening(ssyk, municipality, "SE", 75, 100, List.of(requirements));
	}

	@Test
	void anExactOccupationCountsAboveItsGroupAndItsGroupAboveItsField() {
		assertThat(Scoring.occupation(COOK_IN_KALMAR, job("5120", "0880")).points()).isEqualTo(40);
		assertThat(Scoring.occupation(COOK_IN_KALMAR, job("5120", "0880")).agreement()).isEqualTo(Agreement.MET);
		assertThat(Scoring.occupation(COOK_IN_KALMAR, job("5121", "0880")).points()).isEqualTo(25);
		assertThat(Scoring.occupation(COOK_IN_KALMAR, job("5311", "0880")).points()).isEqualTo(10);
		Factor other = Scoring.occupation(COOK_IN_KALMAR, job("7111", "0880"));
		assertThat(other.points()).isZero();
		assertThat(other.agreement()).isEqualTo(Agreement.NOT_MET);
	}

	@Test
	void theHomeOrANamedMunicipalityCountsAboveTheCountyAndTheCountyAboveTheCountry() {
		assertThat(Scoring.place(COOK_IN_KALMAR, job("5120", "0880")).points()).isEqualTo(25);
		assertThat(Scoring.place(COOK_IN_KALMAR, job("5120", "0881")).points()).isEqualTo(22);
		Seeker county = new Seeker(List.of(), "0880", true, Set.of(), Set.of("18"), true, false, null, null, null,
				Set.of(), false, null, null, Set.of(), Set.of(), Set.of());
		assertThat(Scoring.place(county, job("5120", "1880")).points()).isEqualTo(15);
		assertThat(Scoring.place(county, job("5120", "0180")).points()).isEqualTo(10);
		Factor outside = Scoring.place(COOK_IN_KALMAR, job("5120", "1880"));
		assertThat(outside.points()).isZero();
		assertThat(outside.agreement()).isEqualTo(Agreement.NOT_MET);
		assertThat(outside.values()).containsExactly("Örebro");
	}

	@Test
	void aTravelLimitIsUnknownWithinTheCountySinceDistanceIsNotComputed() {
		Seeker traveller = new Seeker(List.of(), "0880", true, Set.of(), Set.of(), false, false, 45, null, null,
				Set.of(), false, null, null, Set.of(), Set.of(), Set.of());
		Factor place = Scoring.place(traveller, job("5120", "0882"));
		assertThat(place.agreement()).isEqualTo(Agreement.UNKNOWN);
		assertThat(place.points()).isZero();
		assertThat(Scoring.place(traveller, job("5120", "1880")).agreement()).isEqualTo(Agreement.NOT_MET);
	}

	@Test
	void abroadCountsOnlyForThoseWhoCanWorkAbroad() {
		Opening tallinn = new Opening("5343", null, "EE", 100, 100, List.of());
		assertThat(Scoring.place(COOK_IN_KALMAR, tallinn).agreement()).isEqualTo(Agreement.NOT_MET);
		Seeker abroad = new Seeker(List.of(), "0880", true, Set.of(), Set.of(), false, true, null, null, null, Set.of(),
				false, null, null, Set.of(), Set.of(), Set.of());
		assertThat(Scoring.place(abroad, tallinn).points()).isEqualTo(25);
	}

	@Test
	void theScopeFitsWhenTheRangesOverlap() {
		assertThat(Scoring.scope(COOK_IN_KALMAR, job("5120", "0880")).points()).isEqualTo(10);
		Seeker halfTime = new Seeker(List.of(), "0880", true, Set.of(), Set.of(), false, false, null, 25, 50, Set.of(),
				false, null, null, Set.of(), Set.of(), Set.of());
		assertThat(Scoring.scope(halfTime, job("5120", "0880")).agreement()).isEqualTo(Agreement.NOT_MET);
	}

	@Test
	void eachRequirementIsMetNotMetOrUnknown() {
		Opening job = job("5120", "0880", new Requirement(RequirementKind.DRIVING_LICENCE, "B", false),
				new Requirement(RequirementKind.DRIVING_LICENCE, "C", false),
				new Requirement(RequirementKind.SWEDISH, "ADVANCED", false),
				new Requirement(RequirementKind.EDUCATION, "UPPER_SECONDARY", false),
				new Requirement(RequirementKind.EXPERIENCE, "2", false),
				new Requirement(RequirementKind.LANGUAGE, "arabiska", false),
				new Requirement(RequirementKind.LANGUAGE, "engelska", false),
				new Requirement(RequirementKind.SKILL, "kassa", false),
				new Requirement(RequirementKind.SKILL, "truckkort", false),
				new Requirement(RequirementKind.SKILL, "tunga lyft", false));
		assertThat(Scoring.score(COOK_IN_KALMAR, job).factors().subList(3, 13)).extracting(Factor::agreement)
			.containsExactly(Agreement.MET, Agreement.NOT_MET, Agreement.NOT_MET, Agreement.MET, Agreement.MET,
					Agreement.MET, Agreement.NOT_MET, Agreement.MET, Agreement.UNKNOWN, Agreement.NOT_MET);
	}

	@Test
	void aLicenceCoversTheCategoriesItIncludes() {
		Seeker truckDriver = new Seeker(List.of(), null, true, Set.of(), Set.of(), false, false, null, null, null,
				Set.of("CE"), false, null, null, Set.of(), Set.of(), Set.of());
		Opening needsB = job("8332", "0880", new Requirement(RequirementKind.DRIVING_LICENCE, "B", true));
		assertThat(Scoring.score(truckDriver, needsB).factors().get(3).agreement()).isEqualTo(Agreement.MET);
		Seeker none = new Seeker(List.of(), null, true, Set.of(), Set.of(), false, false, null, null, null, Set.of(),
				true, null, null, Set.of(), Set.of(), Set.of());
		assertThat(Scoring.score(none, needsB).excluded()).isTrue();
	}

	@Test
	void anEmptyProfileScoresNothingAndIsNeverAnAgreement() {
		Opening job = job("5120", "0880", new Requirement(RequirementKind.SWEDISH, "BEGINNER", true),
				new Requirement(RequirementKind.DRIVING_LICENCE, "B", false));
		Match match = Scoring.score(NOTHING_KNOWN, job);
		assertThat(match.points()).isZero();
		assertThat(match.confidence()).isZero();
		assertThat(match.excluded()).isFalse();
		assertThat(match.factors()).allSatisfy((f) -> {
			assertThat(f.agreement()).isEqualTo(Agreement.UNKNOWN);
			assertThat(f.points()).isZero();
		});
		assertThat(match.unknown()).hasSize(match.factors().size());
	}

	@Test
	void anUnmetMustHaveExcludesAndAnUnmetNiceToHaveDoesNot() {
		Opening must = job("5120", "0880", new Requirement(RequirementKind.SWEDISH, "FLUENT", true));
		Opening nice = job("5120", "0880", new Requirement(RequirementKind.SWEDISH, "FLUENT", false));
		assertThat(Scoring.score(COOK_IN_KALMAR, must).excluded()).isTrue();
		assertThat(Scoring.score(COOK_IN_KALMAR, nice).excluded()).isFalse();
		assertThat(Scoring.score(COOK_IN_KALMAR, must).factors().get(3).maxPoints()).isEqualTo(Scoring.MUST_HAVE);
		assertThat(Scoring.score(COOK_IN_KALMAR, nice).factors().get(3).maxPoints()).isEqualTo(Scoring.NICE_TO_HAVE);
	}

	@Test
	void theFactorsAddUpToTheScoreAndTheConfidenceIsTheKnownShare() {
		Opening job = job("5120", "0880", new Requirement(RequirementKind.SKILL, "truckkort", true));
		Match match = Scoring.score(COOK_IN_KALMAR, job);
		assertThat(match.points()).isEqualTo(40 + 25 + 10);
		assertThat(match.maxPoints()).isEqualTo(40 + 25 + 10 + 10);
		assertThat(match.confidence()).isEqualTo(Math.round(100f * 75 / 85));
	}

	@Test
	void everyReasonHasATextInBothLanguages() throws Exception {
		List<Factor> factors = new ArrayList<>();
		Requirement[] all = { new Requirement(RequirementKind.SKILL, "kassa", true),
				new Requirement(RequirementKind.SKILL, "truckkort", true),
				new Requirement(RequirementKind.SKILL, "tunga lyft", true) };
		for (Seeker seeker : List.of(COOK_IN_KALMAR, NOTHING_KNOWN)) {
			for (String municipality : List.of("0880", "0881", "0882", "1880")) {
				for (String ssyk : List.of("5120", "5121", "5311", "7111")) {
					factors.addAll(Scoring.score(seeker, job(ssyk, municipality, all)).factors());
				}
			}
			factors.addAll(Scoring.score(seeker, new Opening("5120", null, "EE", 100, 100, List.of())).factors());
		}
		for (String bundle : List.of("/messages.properties", "/messages_en.properties")) {
			var texts = new Properties();
			try (var in = getClass().getResourceAsStream(bundle)) {
				texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
			assertThat(factors).allSatisfy((f) -> assertThat(texts).containsKey(f.reasonKey()));
		}
	}

}
