package se.steget.imports;

/** Where an import stands. */
public enum ImportStatus {

	/** Uploaded, not yet checked with its current choices. */
	UPLOADED,

	/** Its rows being checked, in the background. */
	CHECKING,

	/** Checked: its report says what importing would do. */
	CHECKED,

	/** Being imported, in the background. */
	IMPORTING,

	/** Imported: its report says what was done. */
	IMPORTED,

	/**
	 * Stopped without writing anything: the register changed since the check, or the
	 * instance running it stopped. It can be checked and imported again.
	 */
	FAILED,

	/** Imported and then undone: the records it created are gone again. */
	UNDONE;

	/** Whether a check or an import of the job is waiting or running. */
	public boolean busy() {
		return this == CHECKING || this == IMPORTING;
	}

}
