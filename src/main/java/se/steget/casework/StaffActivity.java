package se.steget.casework;

/**
 * What staff time was spent on, in the categories of an ESF+ time report.
 */
public enum StaffActivity {

	PARTICIPANT_WORK, ADMINISTRATION, PROJECT_MANAGEMENT, FOLLOW_UP_AND_EVALUATION, DISSEMINATION, OTHER

}
