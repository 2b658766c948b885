package se.steget.activity;

/**
 * What kind of activity it is, which decides the details it needs.
 */
public enum ActivityKind {

	GROUP_PROGRAMME, INTERNSHIP, WORK_TRIAL, TRAINING, STUDY_VISIT, EXCHANGE, SPECIALIST_APPOINTMENT, JOB_SEARCH;

	/** Internships and work trials happen at an employer, with a supervisor there. */
	public boolean atEmployer() {
		return this == INTERNSHIP || this == WORK_TRIAL;
	}

	/** Activities for one participant at a time. */
	public boolean forOnePerson() {
		return atEmployer() || this == SPECIALIST_APPOINTMENT;
	}

}
