package se.steget.activity;

/**
 * How an internship or work trial ended.
 */
public enum ActivityResult {

	COMPLETED, EMPLOYMENT_OFFERED, EXTENDED, ENDED_EARLY

}
