package se.steget.core;

import java.util.Locale;

/**
 * A column that holds data about a person, declared by the module that owns its table.
 *
 * @param table the table, in lower case
 * @param column the column, in lower case
 * @param fate whether erasure removes it or keeps it for the statistics
 */
public record PersonalColumn(String table, String column, Fate fate) {

	public PersonalColumn {
		table = table.toLowerCase(Locale.ROOT);
		column = column.toLowerCase(Locale.ROOT);
	}

	/** The message key of the column's name on the retention page. */
	public String messageKey() {
		return "retention.kept." + this.table + "." + this.column;
	}

	public static PersonalColumn erased(String table, String column) {
		return new PersonalColumn(table, column, Fate.ERASED);
	}

	public static PersonalColumn kept(String table, String column) {
		return new PersonalColumn(table, column, Fate.KEPT);
	}

	/** What erasure does with a column. */
	public enum Fate {

		/** Removed, blanked or replaced by a placeholder. */
		ERASED,

		/** Kept, because a figure counts it; it no longer points to a named person. */
		KEPT

	}

}
