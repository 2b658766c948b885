package se.steget.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Which column of the file holds which field: found from the header by name, in Swedish
 * or English, with case, accents and spacing ignored, and changed by hand on the page. It
 * is kept with the job as {@code field=column;…}, columns counted from 0.
 */
final class ColumnMapping {

	private final List<String> header;

	private final Map<String, Integer> columns;

	private ColumnMapping(List<String> header, Map<String, Integer> columns) {
		this.header = List.copyOf(header);
		this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
	}

	/**
	 * Each column of the kind matched to the first header title that is one of its names
	 * or its label in either language ({@code label} gives a message in a locale).
	 */
	static ColumnMapping matched(List<String> header, List<ImportColumn> kind,
			BiFunction<String, Locale, String> label) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (ImportColumn column : kind) {
			List<String> names = new java.util.ArrayList<>(column.names());
			names.add(column.field());
			names.add(label.apply(column.labelKey(), Locale.forLanguageTag("sv")));
			names.add(label.apply(column.labelKey(), Locale.ENGLISH));
			List<String> keys = names.stream().map(ImportValues::key).toList();
			for (int i = 0; i < header.size(); i++) {
				if (keys.contains(ImportValues.key(header.get(i))) && !columns.containsValue(i)) {
					columns.put(column.field(), i);
					break;
				}
			}
		}
		return new ColumnMapping(header, columns);
	}

	/**
	 * The mapping as kept, read back against the file's header; unknown parts are left
	 * out.
	 */
	static ColumnMapping parse(List<String> header, String kept, List<ImportColumn> kind) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (String part : (kept == null) ? new String[0] : kept.split(";")) {
			String[] pair = part.split("=", 2);
			if (pair.length == 2 && kind.stream().anyMatch((c) -> c.field().equals(pair[0]))
					&& pair[1].matches("\\d{1,4}") && Integer.parseInt(pair[1]) < header.size()) {
				columns.put(pair[0], Integer.parseInt(pair[1]));
			}
		}
		return new ColumnMapping(header, columns);
	}

	/** A mapping chosen by hand: field to column, a blank or missing column for none. */
	static ColumnMapping chosen(List<String> header, Map<String, Integer> chosen) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		chosen.forEach((field, column) -> {
			if (column != null && column >= 0 && column < header.size()) {
				columns.put(field, column);
			}
		});
		return new ColumnMapping(header, columns);
	}

	String kept() {
		StringBuilder kept = new StringBuilder();
		this.columns.forEach(
				(field, column) -> kept.append(kept.isEmpty() ? "" : ";").append(field).append('=').append(column));
		return kept.toString();
	}

	Integer column(String field) {
		return this.columns.get(field);
	}

	/**
	 * The title of the field's column in the file, or the field's name when it has none.
	 */
	String title(String field) {
		Integer column = this.columns.get(field);
		return (column != null) ? this.header.get(column) : field;
	}

	/** The row's cell for the field, blank when the field has no column. */
	String value(ImportTable.Row row, String field) {
		Integer column = this.columns.get(field);
		return (column != null) ? row.cell(column) : "";
	}

	/** The required columns of the kind that no column of the file is mapped to. */
	List<ImportColumn> missing(List<ImportColumn> kind) {
		return kind.stream().filter((c) -> c.required() && !this.columns.containsKey(c.field())).toList();
	}

	/** Two fields on one column: the fields after the first. */
	List<String> doubled() {
		List<String> doubled = new java.util.ArrayList<>();
		java.util.Set<Integer> seen = new java.util.HashSet<>();
		this.columns.forEach((field, column) -> {
			if (!seen.add(column)) {
				doubled.add(field);
			}
		});
		return doubled;
	}

}
