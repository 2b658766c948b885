package se.steget.core;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One field that differs between two versions of a record: what someone else saved while
 * the user was editing beside what the user typed, or what a correction changed.
 *
 * @param labelKey the message key of the field's label
 * @param before what is saved now, or what the record said before the correction
 * @param after what the user typed, or what the correction made it (empty when removed)
 * @param valuePrefix the message key prefix of a choice's values, or null for plain text
 */
public record Difference(String labelKey, String before, String after, String valuePrefix) {

	/** Collects the fields that differ, in the form's order. */
	public static final class Builder {

		private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

		private final List<Difference> found = new ArrayList<>();

		public Builder text(String labelKey, Object before, Object after) {
			String a = plain(before);
			String b = plain(after);
			if (!a.equals(b)) {
				this.found.add(new Difference(labelKey, a, b, null));
			}
			return this;
		}

		public Builder choice(String labelKey, String valuePrefix, Enum<?> before, Enum<?> after) {
			if (!Objects.equals(before, after)) {
				this.found.add(new Difference(labelKey, (before != null) ? before.name() : "",
						(after != null) ? after.name() : "", valuePrefix));
			}
			return this;
		}

		/**
		 * A field that tells which record was changed (such as the day of the hours),
		 * shown whether it changed or not.
		 */
		public Builder context(String labelKey, Object value) {
			String shown = plain(value);
			this.found.add(new Difference(labelKey, shown, shown, null));
			return this;
		}

		/** A time to the minute, as the pages show it. */
		public Builder time(String labelKey, LocalDateTime before, LocalDateTime after) {
			return text(labelKey, (before != null) ? MINUTES.format(before) : null,
					(after != null) ? MINUTES.format(after) : null);
		}

		/** A yes or no, shown with the texts {@code value.yes} and {@code value.no}. */
		public Builder flag(String labelKey, Boolean before, Boolean after) {
			if (!Objects.equals(before, after)) {
				this.found.add(new Difference(labelKey, answer(before), answer(after), "value"));
			}
			return this;
		}

		private static String answer(Boolean value) {
			return (value == null) ? "" : (value ? "yes" : "no");
		}

		public List<Difference> list() {
			return List.copyOf(this.found);
		}

		private static String plain(Object value) {
			return (value == null) ? "" : value.toString().strip();
		}

	}

	public static Builder builder() {
		return new Builder();
	}

}
