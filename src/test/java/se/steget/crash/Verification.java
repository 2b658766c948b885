package se.steget.crash;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;

import se.steget.crash.Ledger.Kind;
import se.steget.reporting.StarterFacts;

/**
 * What the database holds after the kills, read directly: each acknowledged write present
 * once, each change with its audit entry, and the kept summaries equal to a rebuild from
 * the cases.
 */
final class Verification {

	private static final String SUMMARIES = "select md5(coalesce(string_agg(s::text, '|' order by s::text), ''))"
			+ " from starter_fact s union all select md5(coalesce(string_agg(s::text, '|' order by s::text), ''))"
			+ " from outcome_summary s where starters <> 0 or leavers <> 0 or to_work <> 0 or to_studies <> 0";

	private final String url;

	Verification(String database) {
		this.url = "jdbc:postgresql://127.0.0.1:5432/" + database;
	}

	/** Whether the kept summaries are what a rebuild from the cases would make. */
	boolean summariesEqualRebuild() throws SQLException {
		try (Connection connection = connect()) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			String kept = summaries(connection);
			try (Statement statement = connection.createStatement()) {
				for (String rebuild : StarterFacts.REBUILD) {
					statement.executeUpdate(rebuild);
				}
			}
			String rebuilt = summaries(connection);
			connection.rollback();
			return kept.equals(rebuilt);
		}
	}

	/** The acknowledged writes not found. */
	long lost(Ledger ledger) throws SQLException {
		long lost = 0;
		try (Connection connection = connect()) {
			for (Ledger.Write write : ledger.writes()) {
				if (count(connection, present(write.kind()), write) == 0) {
					lost++;
				}
			}
		}
		return lost;
	}

	/** Records made more than once by one write. */
	long duplicates(Ledger ledger) throws SQLException {
		long duplicates = 0;
		try (Connection connection = connect()) {
			for (Ledger.Write write : ledger.writes()) {
				String query = switch (write.kind()) {
					case REGISTER -> "select count(*) from participant where personal_identity_number ="
							+ " (select personal_identity_number from participant where id = ?)";
					case ENROLL -> "select count(*) from enrollment where participant_id = ?";
					case CONTACT -> "select count(*) from contact where note = ?";
					case OUTCOME -> "select count(*) from outcome where note = ?";
					default -> null;
				};
				if (query != null) {
					duplicates += Math.max(0, count(connection, query, write) - 1);
				}
			}
		}
		return duplicates;
	}

	/** The audit entries of successful changes, per kind of write, by one user. */
	Map<Kind, Long> auditedChanges(String username) throws SQLException {
		Map<Kind, Long> audited = new EnumMap<>(Kind.class);
		try (Connection connection = connect();
				PreparedStatement statement = connection
					.prepareStatement("select count(*) from audit_entry where username = ? and route = ?"
							+ " and action = 'CHANGE' and status between 200 and 299")) {
			for (Kind kind : Kind.values()) {
				statement.setString(1, username);
				statement.setString(2, kind.route);
				try (ResultSet rows = statement.executeQuery()) {
					rows.next();
					audited.put(kind, rows.getLong(1));
				}
			}
		}
		return audited;
	}

	private static String present(Kind kind) {
		return switch (kind) {
			case GROUP -> "select count(*) from activity where id = ?";
			case REGISTER -> "select count(*) from participant where id = ?";
			case UPDATE -> "select count(*) from participant where id = ? and first_name = 'Omstart'";
			case ENROLL -> "select count(*) from enrollment where participant_id = ?";
			case MEMBER -> "select count(*) from activity_member where enrollment_id = ?";
			case HOURS -> "select count(*) from attendance where enrollment_id = ? and hours = 3";
			case CONTACT, OUTCOME ->
				(kind == Kind.CONTACT ? "select count(*) from contact" : "select count(*) from outcome")
						+ " where note = ?";
			case EXIT -> "select count(*) from enrollment where id = ? and exit_date is not null";
		};
	}

	/**
	 * The query's count for the write, given the write's key column as its one parameter.
	 */
	private static long count(Connection connection, String query, Ledger.Write write) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(query)) {
			Object key = switch (write.kind()) {
				case GROUP -> write.activity();
				case REGISTER, UPDATE, ENROLL -> write.participant();
				case MEMBER, HOURS, EXIT -> write.enrollment();
				case CONTACT, OUTCOME -> write.marker();
			};
			statement.setObject(1, key);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	private static String summaries(Connection connection) throws SQLException {
		StringBuilder digest = new StringBuilder();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(SUMMARIES)) {
			while (rows.next()) {
				digest.append(rows.getString(1)).append(' ');
			}
		}
		return digest.toString();
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, "postgres", "");
	}

}
