package se.steget.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import se.steget.activity.ActivityKind;

/**
 * One enrollment in a pseudonymised extract: the person as a pseudonym, birth year and
 * not birth date, months and not days, and no home municipality for a protected identity;
 * then how many of the project's activities of each kind the stay took part in.
 */
record ExtractRow(String pseudonym, String gender, Integer birthYear, Integer ageAtStart, String homeMunicipality,
		String birthRegion, String educationLevel, Boolean disability, Integer monthsUnemployed, String swedishLevel,
		String startMonth, String exitMonth, Long daysInProject, String status, String exitReason, String track,
		BigDecimal participantHours, String outcomeUponLeaving, String outcomeAfter90Days, String outcomeAfter182Days,
		String outcomeAfter365Days, Map<ActivityKind, Integer> activities) {

	/** The columns, in order, as the file's header names them. */
	static final List<String> COLUMNS = Stream
		.concat(Stream.of("pseudonym", "gender", "birth_year", "age_at_start", "home_municipality", "birth_region",
				"education_level", "disability", "months_unemployed", "swedish_level", "start_month", "exit_month",
				"days_in_project", "status", "exit_reason", "track", "participant_hours", "outcome_upon_leaving",
				"outcome_after_90_days", "outcome_after_182_days", "outcome_after_365_days"),
				Stream.of(ActivityKind.values()).map((kind) -> "activities_" + kind.name().toLowerCase(Locale.ROOT)))
		.toList();

	List<Object> values() {
		List<Object> values = new ArrayList<>(List.of(this.pseudonym, this.gender, blank(this.birthYear),
				blank(this.ageAtStart), blank(this.homeMunicipality), blank(this.birthRegion),
				blank(this.educationLevel), blank(this.disability), blank(this.monthsUnemployed),
				blank(this.swedishLevel), this.startMonth, blank(this.exitMonth), blank(this.daysInProject),
				this.status, blank(this.exitReason), blank(this.track), this.participantHours,
				blank(this.outcomeUponLeaving), blank(this.outcomeAfter90Days), blank(this.outcomeAfter182Days),
				blank(this.outcomeAfter365Days)));
		for (ActivityKind kind : ActivityKind.values()) {
			values.add(this.activities.getOrDefault(kind, 0));
		}
		return values;
	}

	private static Object blank(Object value) {
		return (value != null) ? value : "";
	}

}
