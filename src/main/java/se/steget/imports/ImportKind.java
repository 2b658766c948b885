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

	ImportReport check(ImportTable table, ColumnMapping mapping, UUID projectId, AccessScope scope);

	/**
	 * Imports the rows the report plans, in the caller's transaction; the record written
	 * for each row number.
	 */
	Map<Integer, UUID> commit(ImportTable table, ColumnMapping mapping, ImportReport report, UUID projectId,
			AccessScope scope);

}
