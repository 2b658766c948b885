package se.steget.outcome;

/**
 * What a participant does upon leaving or at a follow-up.
 */
public enum OutcomeKind {

	EMPLOYMENT(OutcomeGroup.WORK, EsfResult.IN_EMPLOYMENT), SELF_EMPLOYMENT(OutcomeGroup.WORK, EsfResult.IN_EMPLOYMENT),
	SOCIAL_ENTERPRISE(OutcomeGroup.WORK, EsfResult.IN_EMPLOYMENT),
	REGULAR_STUDIES(OutcomeGroup.STUDIES, EsfResult.IN_EDUCATION_OR_TRAINING),
	LABOUR_MARKET_TRAINING(OutcomeGroup.STUDIES, EsfResult.IN_EDUCATION_OR_TRAINING),
	JOB_TRACK(OutcomeGroup.OTHER, EsfResult.JOB_SEARCHING), JOB_SEARCHING(OutcomeGroup.OTHER, EsfResult.JOB_SEARCHING),
	CLOSER_TO_LABOUR_MARKET(OutcomeGroup.OTHER, EsfResult.NONE),
	SICK_OR_PARENTAL_LEAVE(OutcomeGroup.OTHER, EsfResult.NONE), MOVED(OutcomeGroup.OTHER, EsfResult.NONE),
	OTHER(OutcomeGroup.OTHER, EsfResult.NONE), UNKNOWN(OutcomeGroup.UNKNOWN, EsfResult.NONE);

	private final OutcomeGroup group;

	private final EsfResult esfResult;

	OutcomeKind(OutcomeGroup group, EsfResult esfResult) {
		this.group = group;
		this.esfResult = esfResult;
	}

	public OutcomeGroup group() {
		return this.group;
	}

	public EsfResult esfResult() {
		return this.esfResult;
	}

	/** Employment of any kind, where the details (subsidy, hours, place) apply. */
	public boolean isWork() {
		return this.group == OutcomeGroup.WORK;
	}

}
