package se.steget.imports;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.steget.access.AccessScope;

/**
 * A kind of record that can be imported: its columns, a check of every row that writes
 * nothing, and the import of the rows a check planned. Records that belong to a project
 * (enrollments) are imported into the project the user chose for the file.
 */
interface ImportKind {

	/**
	 * The kind's name, as jobs and the API name it: {@code participants},
	 * {@code enrollments}.
	 */
	String name();

	List<ImportColumn> columns();

	/** Whether a file of this kind is imported into a project. */
	boolean inProject();

	/** Whether the user may import records of this kind: anyone who registers people. */
	default boolean allowedFor(AccessScope scope) {
		return true;
	}

	/** Checks every row, writing nothing; told of each row checked. */
	ImportReport check(ImportTable table, ColumnMapping mapping, UUID projectId, AccessScope scope,
			ImportProgress progress);

	/**
	 * Imports the rows in the caller's transaction, told of each row gone through: every
	 * row, or none when one cannot be imported, or with {@code goodRowsOnly} the rows
	 * that can. The report says what each row did, and names the record it wrote.
	 */
	ImportReport write(ImportTable table, ColumnMapping mapping, UUID projectId, AccessScope scope,
			ImportProgress progress, boolean goodRowsOnly);

	/** Whether an import of this kind can be undone. */
	default boolean undoable() {
		return false;
	}

	/**
	 * The versions of the records an import created, as it leaves them: what undoing it
	 * compares with.
	 */
	default Map<UUID, Integer> versions(List<UUID> created) {
		return Map.of();
	}

	/**
	 * Removes the records an import created, all or none, in the caller's transaction:
	 * each at the version the import left it at.
	 * @throws RejectedInputException on {@code rows} when one has been changed or used
	 * since, or when records of this kind cannot be removed
	 */
	default void undo(Map<UUID, Integer> created, AccessScope scope) {
		throw new se.steget.core.RejectedInputException("rows", "imports.error.cannotUndo");
	}

}
