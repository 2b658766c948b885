package se.steget.imports;

/** Told of each row a check or an import has gone through, for the job's progress bar. */
@FunctionalInterface
interface ImportProgress {

	/** Progress that no one follows. */
	ImportProgress NONE = () -> {
	};

	void row();

	/** Told first how many rows there are to go through. */
	default void total(int rows) {
	}

}
