package se.steget.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes generated rows into one table: with COPY on PostgreSQL, in JDBC batches
 * elsewhere.
 */
abstract class RowWriter implements AutoCloseable {

	private static final int CHUNK = 20_000;

	final String table;

	final List<String> columns;

	private long written;

	private RowWriter parent;

	RowWriter(String table, List<String> columns) {
		this.table = table;
		this.columns = columns;
	}

	static RowWriter to(DataSource dataSource, String table, String... columns) {
		return postgres(dataSource) ? new Copy(dataSource, table, List.of(columns))
				: new Batch(dataSource, table, List.of(columns));
	}

	static boolean postgres(DataSource dataSource) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	void row(Object... values) {
		add(values);
		this.written++;
		if (this.written % CHUNK == 0) {
			flush();
		}
	}

	long written() {
		return this.written;
	}

	/** Rows of this table refer to the parent's, so the parent's go first. */
	RowWriter after(RowWriter parent) {
		this.parent = parent;
		return this;
	}

	final void flush() {
		if (this.parent != null) {
			this.parent.flush();
		}
		write();
	}

	abstract void add(Object[] values);

	abstract void write();

	@Override
	public void close() {
		flush();
	}

	/** COPY in chunks of CSV; text is quoted, null is an empty field. */
	private static final class Copy extends RowWriter {

		private final DataSource dataSource;

		private final StringBuilder csv = new StringBuilder();

		Copy(DataSource dataSource, String table, List<String> columns) {
			super(table, columns);
			this.dataSource = dataSource;
		}

		@Override
		void add(Object[] values) {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					this.csv.append(',');
				}
				Object value = values[i];
				if (value instanceof String text) {
					this.csv.append('"').append(text.replace("\"", "\"\"")).append('"');
				}
				else if (value != null) {
					this.csv.append(value);
				}
			}
			this.csv.append('\n');
		}

		@Override
		void write() {
			if (this.csv.isEmpty()) {
				return;
			}
			Connection connection = DataSourceUtils.getConnection(this.dataSource);
			try {
				connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("copy " + this.table + " (" + String.join(", ", this.columns)
							+ ") from stdin with (format csv)", new StringReader(this.csv.toString()));
				this.csv.setLength(0);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, this.dataSource);
			}
		}

	}

	/** JDBC batches, for H2. */
	private static final class Batch extends RowWriter {

		private final JdbcTemplate jdbc;

		private final List<Object[]> rows = new ArrayList<>();

		Batch(DataSource dataSource, String table, List<String> columns) {
			super(table, columns);
			this.jdbc = new JdbcTemplate(dataSource);
		}

		@Override
		void add(Object[] values) {
			Object[] row = values.clone();
			for (int i = 0; i < row.length; i++) {
				if (row[i] instanceof LocalDateTime time) {
					row[i] = java.sql.Timestamp.valueOf(time);
				}
				else if (row[i] instanceof LocalDate day) {
					row[i] = java.sql.Date.valueOf(day);
				}
			}
			this.rows.add(row);
		}

		@Override
		void write() {
			if (this.rows.isEmpty()) {
				return;
			}
			String marks = String.join(", ", Collections.nCopies(this.columns.size(), "?"));
			this.jdbc.batchUpdate(
					"insert into " + this.table + " (" + String.join(", ", this.columns) + ") values (" + marks + ")",
					this.rows);
			this.rows.clear();
		}

	}

}
