package se.steget.imports;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A row's values by field: a blank cell is null, and a value that cannot be read is a
 * problem on its column, with the value as the file has it.
 */
record RowValues(ImportTable.Row row, ColumnMapping mapping, List<RowProblem> problems) {

	String text(String field) {
		String value = this.mapping.value(this.row, field);
		return value.isBlank() ? null : value.strip();
	}

	<T> T read(String field, Function<String, Optional<T>> reader, String messageKey) {
		String value = text(field);
		if (value == null) {
			return null;
		}
		Optional<T> read = reader.apply(value);
		if (read.isEmpty()) {
			this.problems.add(new RowProblem(this.row.number(), this.mapping.title(field), value, messageKey));
		}
		return read.orElse(null);
	}

	/** A problem of the rules on the field's column. */
	void refused(String field, String messageKey, Object... args) {
		this.problems.add(new RowProblem(this.row.number(), this.mapping.title(field),
				this.mapping.value(this.row, field), messageKey, args));
	}

}
