package se.steget.imports;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.transaction.PlatformTransactionManager;

import se.steget.access.AccessScope;
import se.steget.imports.ImportReport.Planned;

/**
 * A kind whose rows are tried by writing them as their pages would ({@link Trial}): the
 * check undoes every write, the import keeps them unless a row fails and all or nothing
 * was asked for. A kind says how to plan the rows of one pass through the file.
 */
abstract class TriedKind implements ImportKind {

	final Trial trial;

	TriedKind(PlatformTransactionManager transactions) {
		this.trial = new Trial(transactions);
	}

	/**
	 * What plans the rows of one pass through the file, one at a time and in order, each
	 * meeting the rows above it: made again for each pass.
	 */
	abstract Planner planner(ColumnMapping mapping, UUID projectId, AccessScope scope);

	/**
	 * Plans rows one at a time; told of each batch of rows before they are planned, to
	 * read what they need at once.
	 */
	@FunctionalInterface
	interface Planner {

		Planned plan(ImportTable.Row row);

		default void ahead(List<ImportTable.Row> rows) {
		}

		/** Plans a batch of rows: told of them, then each planned in order. */
		default List<Planned> planAll(List<ImportTable.Row> rows) {
			ahead(rows);
			return rows.stream().map(this::plan).toList();
		}

		/** A planner that reads ahead for each batch. */
		static Planner reading(Consumer<List<ImportTable.Row>> ahead, Function<ImportTable.Row, Planned> plan) {
			return new Planner() {

				@Override
				public Planned plan(ImportTable.Row row) {
					return plan.apply(row);
				}

				@Override
				public void ahead(List<ImportTable.Row> rows) {
					ahead.accept(rows);
				}

			};
		}

	}

	@Override
	public final ImportReport check(ImportTable table, ColumnMapping mapping, UUID projectId, AccessScope scope,
			ImportProgress progress) {
		return this.trial.ofEveryRow(table, progress, planner(mapping, projectId, scope));
	}

	@Override
	public final ImportReport write(ImportTable table, ColumnMapping mapping, UUID projectId, AccessScope scope,
			ImportProgress progress, boolean goodRowsOnly) {
		return this.trial.keptIf(table, progress, planner(mapping, projectId, scope),
				(report) -> goodRowsOnly || report.clean());
	}

}
