package se.steget.core;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

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

	/**
	 * The rows with the id in one column replaced by its name, looked up once for each
	 * distinct id (a person's extract names few projects, tracks or scales).
	 */
	public static List<Map<String, Object>> named(List<Map<String, Object>> rows, String column,
			Function<UUID, String> name) {
		Map<UUID, String> names = new HashMap<>();
		return rows.stream().map((row) -> {
			Map<String, Object> named = new LinkedHashMap<>(row);
			UUID id = (UUID) row.get(column);
			named.put(column, (id == null) ? null : names.computeIfAbsent(id, name));
			return named;
		}).toList();
	}

	/**
	 * A count over the erasure's people or projects, for {@link PersonalData#disposable}.
	 */
	public static long count(JdbcClient jdbc, String sql, Erasure erasure) {
		return jdbc.sql(sql).params(erasure.params()).query(Long.class).single();
	}

	private static Map<String, Object> lowerCase(Map<String, Object> row) {
		Map<String, Object> named = new LinkedHashMap<>();
		row.forEach((key, value) -> named.put(key.toLowerCase(Locale.ROOT), value));
		return named;
	}

}
