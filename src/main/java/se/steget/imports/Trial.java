package se.steget.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.steget.imports.ImportReport.Planned;

/**
 * How a check tries the writes of records that belong to a case: every row written as its
 * page would write it, in a savepoint of its own so that a refused row leaves the others,
 * and all of them undone at the end, so that the check writes nothing while each row
 * still meets the rows above it.
 */
final class Trial {

	private final TransactionTemplate savepoint;

	Trial(PlatformTransactionManager transactions) {
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** Plans every row, its writes tried, and undoes all of them. */
	ImportReport ofEveryRow(ImportTable table, ImportProgress progress, Function<ImportTable.Row, Planned> plan) {
		return this.savepoint.execute((all) -> {
			List<Planned> rows = new ArrayList<>();
			for (ImportTable.Row row : table.rows()) {
				rows.add(plan.apply(row));
				progress.row();
			}
			all.setRollbackOnly();
			return new ImportReport(table.rows().size(), rows);
		});
	}

	/** Writes one row in a savepoint of its own: refused, it leaves nothing. */
	void write(Runnable write) {
		this.savepoint.executeWithoutResult((status) -> write.run());
	}

}
