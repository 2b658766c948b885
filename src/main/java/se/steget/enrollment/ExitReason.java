package se.steget.enrollment;

/**
 * Why a participant left the project. Where they went is an outcome, recorded separately
 * upon leaving and at each follow-up, and every figure counts outcomes, never these. The
 * reasons for leaving early for a job or studies stay as reasons (they say why the stay
 * ended before its plan), and are not turned into outcomes: cases recorded with a reason
 * and no outcome would then count in goal reports they were never counted in.
 */
public enum ExitReason {

	EMPLOYMENT, STUDIES, LABOUR_MARKET_TRAINING, OTHER_PROGRAMME, COMPLETED, SICK_OR_PARENTAL_LEAVE, MOVED, DROPOUT,
	OTHER, DECLINED_AT_INTAKE, WITHDREW_AT_INTAKE

}
