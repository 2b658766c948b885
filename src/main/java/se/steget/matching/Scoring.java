package se.steget.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.steget.core.EducationLevel;
import se.steget.core.Municipalities;
import se.steget.core.Municipality;
import se.steget.core.Occupations;
import se.steget.core.SwedishLevel;
import se.steget.employer.Requirement;
import se.steget.matching.Seeker.WantedOccupation;

/**
 * The score of a participant against a vacancy, as a sum of factors that each say why. An
 * exact occupation counts above the same minor group and that above the same field; the
 * home or a named municipality above a named county and that above the whole country.
 * What is not known gives no points: it lowers the confidence instead.
 */
final class Scoring {

	static final int OCCUPATION = 40;

	static final int GROUP = 25;

	static final int FIELD = 10;

	static final int PLACE = 25;

	static final int SCOPE = 10;

	static final int MUST_HAVE = 10;

	static final int NICE_TO_HAVE = 5;

	/** The categories a licence also covers. */
	private static final Map<String, Set<String>> LICENCE_COVERS = Map.of("BE", Set.of("B"), "C1", Set.of("B"), "C",
			Set.of("B", "C1"), "C1E", Set.of("B", "BE", "C1"), "CE", Set.of("B", "BE", "C", "C1", "C1E"), "D1",
			Set.of("B"), "D", Set.of("B", "D1"), "DE", Set.of("B", "BE", "D", "D1", "D1E"), "D1E",
			Set.of("B", "BE", "D1"));

	private Scoring() {
	}

	static Match score(Seeker seeker, Opening opening) {
		List<Factor> factors = new ArrayList<>();
		factors.add(occupation(seeker, opening));
		factors.add(place(seeker, opening));
		factors.add(scope(seeker, opening));
		for (Requirement requirement : opening.requirements()) {
			factors.add(requirement(seeker, opening, requirement));
		}
		return Match.of(factors);
	}

	/**
	 * The most the vacancy could score for the seeker: the occupation's points and every
	 * other factor's maximum. Ranking scores the vacancies with the highest ceilings
	 * first and stops when no ceiling left can reach the best it has.
	 */
	static int ceiling(Seeker seeker, Opening opening) {
		return ceiling(seeker, opening.ssykCode(), requirementsCeiling(opening));
	}

	/** The ceiling, with the requirements' part worked out in advance. */
	static int ceiling(Seeker seeker, String ssykCode, int requirementsCeiling) {
		return occupationPoints(seeker, ssykCode) + PLACE + SCOPE + requirementsCeiling;
	}

	/** The most the vacancy's requirements can give. */
	static int requirementsCeiling(Opening opening) {
		return opening.requirements().stream().mapToInt((r) -> r.mustHave() ? MUST_HAVE : NICE_TO_HAVE).sum();
	}

	/** Whether a vacancy is worth ranking at all: its occupation is in a wanted field. */
	static boolean related(Seeker seeker, String ssykCode) {
		return seeker.occupations().isEmpty()
				|| seeker.occupations().stream().anyMatch((o) -> o.ssykCode().charAt(0) == ssykCode.charAt(0));
	}

	static Factor occupation(Seeker seeker, Opening opening) {
		if (seeker.occupations().isEmpty()) {
			return Factor.of(FactorKind.OCCUPATION, Agreement.UNKNOWN, 0, OCCUPATION, "occupationUnknown");
		}
		String code = opening.ssykCode();
		Factor best = Factor.of(FactorKind.OCCUPATION, Agreement.NOT_MET, 0, OCCUPATION, "occupationOther");
		for (WantedOccupation wanted : seeker.occupations()) {
			Factor factor = occupation(wanted.ssykCode(), code);
			if (factor.points() > best.points()) {
				best = factor;
			}
		}
		return best;
	}

	private static Factor occupation(String wanted, String code) {
		return switch (occupationPoints(wanted, code)) {
			case OCCUPATION -> Factor.of(FactorKind.OCCUPATION, Agreement.MET, OCCUPATION, OCCUPATION,
					"occupationExact", Occupations.nameOf(wanted));
			case GROUP -> Factor.of(FactorKind.OCCUPATION, Agreement.PARTLY, GROUP, OCCUPATION, "occupationGroup",
					Occupations.nameOf(wanted));
			case FIELD -> Factor.of(FactorKind.OCCUPATION, Agreement.PARTLY, FIELD, OCCUPATION, "occupationField",
					Occupations.nameOf(wanted));
			default -> Factor.of(FactorKind.OCCUPATION, Agreement.NOT_MET, 0, OCCUPATION, "occupationOther");
		};
	}

	/** The occupation factor's points for the best of the wanted occupations. */
	static int occupationPoints(Seeker seeker, String code) {
		int best = 0;
		for (WantedOccupation wanted : seeker.occupations()) {
			best = Math.max(best, occupationPoints(wanted.ssykCode(), code));
		}
		return best;
	}

	/** The same unit group, the same minor group (three digits), the same field (one). */
	private static int occupationPoints(String wanted, String code) {
		if (wanted.equals(code)) {
			return OCCUPATION;
		}
		if (wanted.regionMatches(0, code, 0, 3)) {
			return GROUP;
		}
		return (wanted.charAt(0) == code.charAt(0)) ? FIELD : 0;
	}

	static Factor place(Seeker seeker, Opening opening) {
		if (!"SE".equals(opening.country())) {
			return seeker.abroad() ? placed(Agreement.MET, PLACE, "placeAbroad", opening.country())
					: placed(Agreement.NOT_MET, 0, "placeNotAbroad", opening.country());
		}
		String code = opening.municipalityCode();
		if (seeker.homeMunicipalityOk() && code.equals(seeker.homeMunicipality())) {
			return placed(Agreement.MET, PLACE, "placeHome");
		}
		if (seeker.municipalities().contains(code)) {
			return placed(Agreement.MET, 22, "placeMunicipality", Municipalities.nameOf(code));
		}
		String county = Municipalities.find(code).map(Municipality::countyCode).orElse("");
		if (seeker.counties().contains(county)) {
			return placed(Agreement.PARTLY, 15, "placeCounty", countyName(code));
		}
		if (seeker.wholeCountry()) {
			return placed(Agreement.PARTLY, 10, "placeCountry");
		}
		if (seeker.homeMunicipality() == null && seeker.municipalities().isEmpty() && seeker.counties().isEmpty()) {
			return placed(Agreement.UNKNOWN, 0, "placeUnknown");
		}
		if (seeker.travelMinutes() != null && sameCounty(seeker.homeMunicipality(), code)) {
			return placed(Agreement.UNKNOWN, 0, "placeTravelUnknown", String.valueOf(seeker.travelMinutes()));
		}
		return placed(Agreement.NOT_MET, 0, "placeOutside", Municipalities.nameOf(code));
	}

	private static Factor placed(Agreement agreement, int points, String reason, String... values) {
		return Factor.of(FactorKind.PLACE, agreement, points, PLACE, reason, values);
	}

	private static boolean sameCounty(String home, String code) {
		return home != null && Municipalities.find(home)
			.map(Municipality::countyCode)
			.equals(Municipalities.find(code).map(Municipality::countyCode));
	}

	private static String countyName(String code) {
		return Municipalities.find(code).map(Municipality::countyName).orElse(code);
	}

	static Factor scope(Seeker seeker, Opening opening) {
		if (seeker.scopeMin() == null || seeker.scopeMax() == null) {
			return Factor.of(FactorKind.SCOPE, Agreement.UNKNOWN, 0, SCOPE, "scopeUnknown");
		}
		String range = opening.scopeMin() + "–" + opening.scopeMax();
		boolean overlaps = seeker.scopeMin() <= opening.scopeMax() && opening.scopeMin() <= seeker.scopeMax();
		return overlaps ? Factor.of(FactorKind.SCOPE, Agreement.MET, SCOPE, SCOPE, "scopeFits", range)
				: Factor.of(FactorKind.SCOPE, Agreement.NOT_MET, 0, SCOPE, "scopeOutside", range);
	}

	static Factor requirement(Seeker seeker, Opening opening, Requirement requirement) {
		String value = requirement.requirementValue();
		Agreement agreement = switch (requirement.kind()) {
			case DRIVING_LICENCE -> licence(seeker, value);
			case SWEDISH -> (seeker.swedish() == null) ? Agreement.UNKNOWN
					: atLeast(seeker.swedish().ordinal(), SwedishLevel.valueOf(value).ordinal());
			case EDUCATION -> (seeker.education() == null) ? Agreement.UNKNOWN
					: atLeast(seeker.education().ordinal(), EducationLevel.valueOf(value).ordinal());
			case EXPERIENCE -> experience(seeker, opening.ssykCode(), Integer.parseInt(value));
			case LANGUAGE -> seeker.languages().contains(value) ? Agreement.MET
					: seeker.languages().isEmpty() ? Agreement.UNKNOWN : Agreement.NOT_MET;
			case SKILL -> seeker.limitations().contains(value) ? Agreement.NOT_MET
					: seeker.skills().contains(value) ? Agreement.MET : Agreement.UNKNOWN;
		};
		int max = requirement.mustHave() ? MUST_HAVE : NICE_TO_HAVE;
		FactorKind kind = FactorKind.valueOf(requirement.kind().name());
		String reason = "requirement" + agreement.name();
		return Factor.of(kind, agreement, (agreement == Agreement.MET) ? max : 0, max, reason, value)
			.asMust(requirement.mustHave());
	}

	private static Agreement licence(Seeker seeker, String category) {
		if (seeker.noDrivingLicence()) {
			return Agreement.NOT_MET;
		}
		if (seeker.drivingLicences().isEmpty()) {
			return Agreement.UNKNOWN;
		}
		boolean held = seeker.drivingLicences()
			.stream()
			.anyMatch((l) -> l.equals(category) || LICENCE_COVERS.getOrDefault(l, Set.of()).contains(category));
		return held ? Agreement.MET : Agreement.NOT_MET;
	}

	private static Agreement experience(Seeker seeker, String ssykCode, int years) {
		return seeker.occupations()
			.stream()
			.filter((o) -> o.ssykCode().equals(ssykCode) && o.experienceYears() != null)
			.findFirst()
			.map((o) -> atLeast(o.experienceYears(), years))
			.orElse(Agreement.UNKNOWN);
	}

	private static Agreement atLeast(int has, int needs) {
		return (has >= needs) ? Agreement.MET : Agreement.NOT_MET;
	}

}
