package se.steget.core;

import java.util.regex.Pattern;

/**
 * Strong entity tags from a record's version, for the API's {@code ETag} and
 * {@code If-Match} (RFC 9110, section 13.1.1).
 */
public final class ETags {

	private static final Pattern STRONG = Pattern.compile("\"(\\d{1,9})\"");

	private ETags() {
	}

	public static String of(Integer version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version an {@code If-Match} header expects, or null for {@code *} (any
	 * version). A weak or malformed tag can never match strongly, so it is a stale edit.
	 */
	public static Integer expected(String ifMatch) {
		String value = (ifMatch == null) ? "" : ifMatch.strip();
		if (value.equals("*")) {
			return null;
		}
		var m = STRONG.matcher(value);
		if (!m.matches()) {
			throw new StaleEditException();
		}
		return Integer.valueOf(m.group(1));
	}

}
