package se.steget.core;

/**
 * A save based on a version of the record that is no longer the latest: someone else
 * saved first. Pages show it next to the form's {@code version} field with the user's
 * input kept; the API answers 412 Precondition Failed.
 */
public class StaleEditException extends RejectedInputException {

	public StaleEditException() {
		super("version", "error.staleEdit");
	}

	/**
	 * Refuses the save when the user's form or {@code If-Match} came from another version
	 * than the stored one; no expected version (a form without one) checks nothing here,
	 * and the store's own version check still holds against a save in between.
	 */
	public static void check(Integer expected, Integer stored) {
		if (expected != null && !expected.equals(stored)) {
			throw new StaleEditException();
		}
	}

}
