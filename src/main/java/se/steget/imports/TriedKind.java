package se.steget.imports;

import java.util.UUID;
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
	abstract Function<ImportTable.Row, Planned> planner(ColumnMapping mapping, UUID projectId, AccessScope scope);

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
