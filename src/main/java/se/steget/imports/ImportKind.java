package se.steget.imports;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

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

	/**
	 * How the records an import of this kind created are removed again, by the module
	 * that owns them; empty where they cannot be.
	 */
	default Optional<Undo> undo() {
		return Optional.empty();
	}

	/** The removal of the records an import created. */
	interface Undo {

		/**
		 * The version of each record, as the import leaves them: what removing compares.
		 */
		Map<UUID, Integer> versions(Collection<UUID> created);

		/**
		 * Removes the records, each at its version, all or none, in the caller's
		 * transaction.
		 * @throws se.steget.core.RejectedInputException on {@code rows} when one has been
		 * changed or used since
		 */
		void remove(Created created, AccessScope scope);

		static Undo of(Function<Collection<UUID>, Map<UUID, Integer>> versions,
				BiConsumer<Map<UUID, Integer>, AccessScope> remove) {
			return new Undo() {

				@Override
				public Map<UUID, Integer> versions(Collection<UUID> created) {
					return versions.apply(created);
				}

				@Override
				public void remove(Created created, AccessScope scope) {
					remove.accept(created.versions(), scope);
				}

			};
		}

	}

}
