package se.steget.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One field that someone else saved differently while the user was editing, shown beside
 * what the user typed when their save is refused as stale.
 *
 * @param labelKey the message key of the field's label
 * @param saved what is saved now
 * @param yours what the user typed
 * @param valuePrefix the message key prefix of a choice's values, or null for plain text
 */
public record Difference(String labelKey, String saved, String yours, String valuePrefix) {

	/** Collects the fields that differ, in the form's order. */
	public static final class Builder {

		private final List<Difference> found = new ArrayList<>();

		public Builder text(String labelKey, Object saved, Object yours) {
			String a = plain(saved);
			String b = plain(yours);
			if (!a.equals(b)) {
				this.found.add(new Difference(labelKey, a, b, null));
			}
			return this;
		}

		public Builder choice(String labelKey, String valuePrefix, Enum<?> saved, Enum<?> yours) {
			if (!Objects.equals(saved, yours)) {
				this.found.add(new Difference(labelKey, (saved != null) ? saved.name() : "",
						(yours != null) ? yours.name() : "", valuePrefix));
			}
			return this;
		}

		/** A yes or no, shown with the texts {@code value.yes} and {@code value.no}. */
		public Builder flag(String labelKey, Boolean saved, Boolean yours) {
			if (!Objects.equals(saved, yours)) {
				this.found.add(new Difference(labelKey, answer(saved), answer(yours), "value"));
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
