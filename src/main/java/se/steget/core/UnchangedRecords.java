package se.steget.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For undoing an import, in the module that owns the records: the version each record was
 * left at, and the removal of records still at that version and used nowhere.
 */
public final class UnchangedRecords {

	private static final int CHUNK = 1000;

	private UnchangedRecords() {
	}

	/** The version of each of the records in the owner's table. */
	public static Map<UUID, Integer> versions(JdbcClient jdbc, String table, Collection<UUID> ids) {
		Map<UUID, Integer> versions = new HashMap<>();
		List<UUID> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += CHUNK) {
			jdbc.sql("select id, version from " + table + " where id in (:ids)")
				.param("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
				.query((rs, n) -> versions.put(rs.getObject("id", UUID.class), rs.getInt("version")))
				.list();
		}
		return versions;
	}

	/**
	 * The records that are gone or no longer at their version: changed since, by someone.
	 */
	public static List<UUID> changed(JdbcClient jdbc, String table, Map<UUID, Integer> expected) {
		Map<UUID, Integer> now = versions(jdbc, table, expected.keySet());
		List<UUID> changed = new ArrayList<>();
		expected.forEach((id, version) -> {
			if (!version.equals(now.get(id))) {
				changed.add(id);
			}
		});
		return changed;
	}

	/**
	 * Removes the records, each still at its version: all of them, or none when one has
	 * been changed since or is used where a foreign key keeps it (each tried in a
	 * savepoint of its own, in the caller's transaction).
	 * @throws RejectedInputException on {@code rows}, with the message and how many were
	 * changed or used
	 */
	public static void remove(JdbcClient jdbc, TransactionTemplate savepoint, String table, Map<UUID, Integer> expected,
			String messageKey) {
		long kept = expected.entrySet()
			.stream()
			.filter((record) -> !removed(jdbc, savepoint, table, record.getKey(), record.getValue()))
			.count();
		if (kept > 0) {
			throw new RejectedInputException("rows", messageKey, kept);
		}
	}

	private static boolean removed(JdbcClient jdbc, TransactionTemplate savepoint, String table, UUID id, int version) {
		return Boolean.TRUE.equals(savepoint.execute((status) -> {
			try {
				return jdbc.sql("delete from " + table + " where id = ? and version = ?")
					.params(id, version)
					.update() == 1;
			}
			catch (DataIntegrityViolationException used) {
				status.setRollbackOnly();
				return false;
			}
		}));
	}

}
