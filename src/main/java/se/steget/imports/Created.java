package se.steget.imports;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import se.steget.imports.ImportReport.Planned;

/**
 * What an import created, for undoing it: each record at the version the import left it,
 * the plan of every row, and the file those rows were read from, read again only when
 * asked for.
 */
record Created(UUID projectId, Map<UUID, Integer> versions, List<Planned> rows, Supplier<File> file) {

	/** The file's rows and their columns, as the import read them. */
	record File(ImportTable table, ColumnMapping mapping) {
	}

}
