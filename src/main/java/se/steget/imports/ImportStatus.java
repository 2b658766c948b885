package se.steget.imports;

/** Where an import stands. */
public enum ImportStatus {

	/** Uploaded, not yet checked with its current choices. */
	UPLOADED,

	/** Checked: its report says what importing would do. */
	CHECKED,

	/** Imported: its report says what was done. */
	IMPORTED

}
