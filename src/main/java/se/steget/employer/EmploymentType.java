package se.steget.employer;

/**
 * The form of employment a vacancy offers; the subsidised kinds are Arbetsförmedlingen's
 * wage subsidies.
 */
public enum EmploymentType {

	PERMANENT(false), FIXED_TERM(false), SEASONAL(false), NEW_START_JOB(true), INTRODUCTION_JOB(true),
	WAGE_SUBSIDY(true), SECURE_SHELTERED(true), UNPAID_PLACE(false);

	private final boolean subsidised;

	EmploymentType(boolean subsidised) {
		this.subsidised = subsidised;
	}

	public boolean subsidised() {
		return this.subsidised;
	}

}
