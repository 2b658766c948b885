package se.steget.reporting;

/**
 * Whole years from the participant's birth ({@code p}) to the start of the enrollment
 * ({@code e}), in SQL that H2 and PostgreSQL both run.
 */
final class AgeAtStart {

	static final String SQL = "(extract(year from e.start_date) - extract(year from p.birth_date)"
			+ " - case when extract(month from e.start_date) * 100 + extract(day from e.start_date)"
			+ " < extract(month from p.birth_date) * 100 + extract(day from p.birth_date) then 1 else 0 end)";

	private AgeAtStart() {
	}

}
