package se.steget.access;

/**
 * What a user does in Steget; decides the start page and what the user may see.
 */
public enum Role {

	/**
	 * Manages organisations, users and projects; reads a case only with a case role on
	 * it.
	 */
	ADMINISTRATOR,
	/** Sees and runs the whole of the projects they belong to. */
	PROJECT_MANAGER,
	/** Coach, employment officer or municipal coordinator: works the cases. */
	STAFF,
	/** Sees aggregated figures only, never a person. */
	STEERING_GROUP,
	/** Follows the project's money: aggregated figures only, never a person. */
	FINANCE,
	/** Evaluates the projects from pseudonymised extracts, never a name or a number. */
	EVALUATOR;

	/** Whether the role sees people at all, rather than aggregated figures only. */
	public boolean seesPeople() {
		return this == STAFF || this == PROJECT_MANAGER || this == ADMINISTRATOR;
	}

	/** Whether the role sees aggregated figures: every role but the evaluator. */
	public boolean seesFigures() {
		return this != EVALUATOR;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
