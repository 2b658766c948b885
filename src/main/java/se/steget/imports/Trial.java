package se.steget.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.steget.imports.ImportReport.Planned;
import se.steget.imports.TriedKind.Planner;

/**
 * How a check tries the writes of records that belong to a case: every row written as its
 * page would write it, in a savepoint of its own so that a refused row leaves the others,
 * and all of them undone at the end, so that the check writes nothing while each row
 * still meets the rows above it. An import writes the same way and keeps what it wrote.
 */
final class Trial {

	/** Rows told to a planner at once, ahead of planning them. */
	static final int BATCH = 500;

	private final TransactionTemplate savepoint;

	Trial(PlatformTransactionManager transactions) {
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** Plans every row, its writes tried, and undoes all of them: a check. */
	ImportReport ofEveryRow(ImportTable table, ImportProgress progress, Planner plan) {
		return keptIf(table, progress, plan, (report) -> false);
	}

	/**
	 * Plans every row, its writes tried, and keeps the writes when the report is one to
	 * keep (an import whose rows are all good, or that wants the good rows only): then
	 * the report names the record each created row wrote. Otherwise undoes all of them.
	 */
	ImportReport keptIf(ImportTable table, ImportProgress progress, Planner plan, Predicate<ImportReport> keep) {
		return this.savepoint.execute((all) -> {
			List<Planned> rows = new ArrayList<>();
			List<ImportTable.Row> batch = new ArrayList<>(BATCH);
			table.forEach((row) -> {
				batch.add(row);
				if (batch.size() == BATCH) {
					planBatch(batch, plan, rows, progress);
				}
			});
			planBatch(batch, plan, rows, progress);
			var report = new ImportReport(table.size(), rows);
			if (keep.test(report)) {
				return report;
			}
			all.setRollbackOnly();
			return report.withoutCreatedRecords();
		});
	}

	private static void planBatch(List<ImportTable.Row> batch, Planner plan, List<Planned> rows,
			ImportProgress progress) {
		if (batch.isEmpty()) {
			return;
		}
		rows.addAll(plan.planAll(batch));
		batch.forEach((row) -> progress.row());
		batch.clear();
	}

	/**
	 * Writes one row in a savepoint of its own, returning the record written: refused, it
	 * leaves nothing.
	 */
	UUID write(Supplier<UUID> write) {
		return this.savepoint.execute((status) -> write.get());
	}

}
