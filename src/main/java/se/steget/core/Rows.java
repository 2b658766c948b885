package se.steget.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of a query as maps keyed by lower-case column names, the same on H2 (which answers
 * in upper case) and PostgreSQL: the register extract's sections.
 */
public final class Rows {

	private Rows() {
	}

	public static List<Map<String, Object>> of(JdbcClient.StatementSpec statement) {
		return statement.query().listOfRows().stream().map(Rows::lowerCase).toList();
	}

	private static Map<String, Object> lowerCase(Map<String, Object> row) {
		Map<String, Object> named = new LinkedHashMap<>();
		row.forEach((key, value) -> named.put(key.toLowerCase(Locale.ROOT), value));
		return named;
	}

}
