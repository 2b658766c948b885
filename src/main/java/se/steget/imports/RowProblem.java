package se.steget.imports;

/**
 * What is wrong with one row of a file: its row number, the column (its title in the
 * file), the value as it stands there, and why, as a message key with its arguments.
 */
record RowProblem(int row, String column, String value, String messageKey, Object... args) {

	RowProblem {
		args = args.clone();
	}

	/** A file that cannot be read as a table at all: not text, or not a workbook. */
	static final class Unreadable extends RuntimeException {

		private final String messageKey;

		private final transient Object[] args;

		Unreadable(String messageKey, Object... args) {
			super(messageKey);
			this.messageKey = messageKey;
			this.args = args.clone();
		}

		String messageKey() {
			return this.messageKey;
		}

		Object[] args() {
			return this.args.clone();
		}

	}

}
