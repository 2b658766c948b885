package se.steget.evaluation;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import se.steget.core.BirthRegion;
import se.steget.core.EducationLevel;

/**
 * The situation at start as the matching sees it. Exact: gender, the half-year of the
 * start (or the comparison person's reference month) and a band of months registered
 * before it. In the propensity model: age, education, birth region, disability and the
 * months themselves, each unknown value a category of its own rather than a reason to
 * leave someone out.
 */
final class ComparisonCovariates {

	/** The model's covariates, in order, as the balance table names them. */
	static final List<String> NAMES = List.of("age", "educationPreUpperSecondary", "educationPostSecondary",
			"educationUnknown", "bornInEurope", "bornOutsideEurope", "birthRegionUnknown", "disability",
			"disabilityUnknown", "monthsRegistered");

	private static final int[] MONTH_BANDS = { 6, 12, 24 };

	private ComparisonCovariates() {
	}

	/**
	 * A participant who left, or empty when their months without work were not recorded.
	 */
	static Optional<MatchUnit> participant(ExtractRow row) {
		if (row.monthsUnemployed() == null || row.ageAtStart() == null) {
			return Optional.empty();
		}
		YearMonth start = YearMonth.parse(row.startMonth());
		return Optional
			.of(new MatchUnit("p:" + row.pseudonym(), true, stratum(row.gender(), start, row.monthsUnemployed()),
					covariates(row.ageAtStart(), named(EducationLevel.class, row.educationLevel()),
							named(BirthRegion.class, row.birthRegion()), row.disability(), row.monthsUnemployed())));
	}

	static MatchUnit comparison(ComparisonGroupManagement.Recorded person) {
		return new MatchUnit("c:" + person.pseudonym(), false,
				stratum(person.gender().name(), person.referenceMonth(), person.monthsRegistered()),
				covariates(person.referenceMonth().getYear() - person.birthYear(), person.educationLevel(),
						person.birthRegion(), person.disability(), person.monthsRegistered()));
	}

	/** The exact-matching cell's gender part, as its name. */
	static String gender(MatchUnit unit) {
		return unit.stratum().substring(0, unit.stratum().indexOf('|'));
	}

	private static String stratum(String gender, YearMonth start, int months) {
		int band = 0;
		while (band < MONTH_BANDS.length && months >= MONTH_BANDS[band]) {
			band++;
		}
		return gender + "|" + start.getYear() + "-H" + ((start.getMonthValue() <= 6) ? 1 : 2) + "|" + band;
	}

	private static double[] covariates(int age, EducationLevel education, BirthRegion region, Boolean disability,
			int months) {
		return new double[] { age, is(education == EducationLevel.PRE_UPPER_SECONDARY),
				is(education == EducationLevel.POST_SECONDARY), is(education == null), is(region == BirthRegion.EUROPE),
				is(region == BirthRegion.OUTSIDE_EUROPE), is(region == null), is(Boolean.TRUE.equals(disability)),
				is(disability == null), months };
	}

	private static double is(boolean value) {
		return value ? 1 : 0;
	}

	private static <E extends Enum<E>> E named(Class<E> type, String name) {
		return (name != null) ? Enum.valueOf(type, name) : null;
	}

}
