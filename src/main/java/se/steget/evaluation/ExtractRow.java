package se.steget.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * One enrollment in a pseudonymised extract: the person as a pseudonym, birth year and
 * not birth date, months and not days, and no home municipality for a protected identity.
 */
record ExtractRow(String pseudonym, String gender, Integer birthYear, Integer ageAtStart, String homeMunicipality,
		String birthRegion, String educationLevel, Boolean disability, Integer monthsUnemployed, String swedishLevel,
		String startMonth, String exitMonth, Long daysInProject, String status, String exitReason, String track,
		BigDecimal participantHours, String outcomeUponLeaving, String outcomeAfter90Days, String outcomeAfter182Days,
		String outcomeAfter365Days) {

	/** The columns, in order, as the file's header names them. */
	static final List<String> COLUMNS = List.of("pseudonym", "gender", "birth_year", "age_at_start",
			"home_municipality", "birth_region", "education_level", "disability", "months_unemployed", "swedish_level",
			"start_month", "exit_month", "days_in_project", "status", "exit_reason", "track", "participant_hours",
			"outcome_upon_leaving", "outcome_after_90_days", "outcome_after_182_days", "outcome_after_365_days");

	List<Object> values() {
		return List.of(this.pseudonym, this.gender, blank(this.birthYear), blank(this.ageAtStart),
				blank(this.homeMunicipality), blank(this.birthRegion), blank(this.educationLevel),
				blank(this.disability), blank(this.monthsUnemployed), blank(this.swedishLevel), this.startMonth,
				blank(this.exitMonth), blank(this.daysInProject), this.status, blank(this.exitReason),
				blank(this.track), this.participantHours, blank(this.outcomeUponLeaving),
				blank(this.outcomeAfter90Days), blank(this.outcomeAfter182Days), blank(this.outcomeAfter365Days));
	}

	private static Object blank(Object value) {
		return (value != null) ? value : "";
	}

}
