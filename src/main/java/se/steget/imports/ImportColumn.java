package se.steget.imports;

import java.util.List;

/**
 * A column a record kind takes: the field of its form, the message key of the field's
 * label, whether a file must have it, and the other names it goes by in spreadsheets. A
 * file's header is matched to it by any of these names or the label in Swedish or
 * English, with case, accents and spacing ignored.
 */
record ImportColumn(String field, String labelKey, boolean required, List<String> names) {

	ImportColumn {
		names = List.copyOf(names);
	}

	static ImportColumn required(String field, String labelKey, String... names) {
		return new ImportColumn(field, labelKey, true, List.of(names));
	}

	static ImportColumn optional(String field, String labelKey, String... names) {
		return new ImportColumn(field, labelKey, false, List.of(names));
	}

}
