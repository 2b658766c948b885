package se.steget.enrollment;

/**
 * Why a participant left the project. The outcome at exit and at follow-up is recorded
 * separately.
 */
public enum ExitReason {

	EMPLOYMENT, STUDIES, LABOUR_MARKET_TRAINING, OTHER_PROGRAMME, COMPLETED, SICK_OR_PARENTAL_LEAVE, MOVED, DROPOUT,
	OTHER, DECLINED_AT_INTAKE, WITHDREW_AT_INTAKE

}
