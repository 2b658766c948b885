package se.steget.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates the database at start-up. Version 26 was once a Java migration that called the
 * reporting module's code; it is now a frozen SQL script that makes the same tables if
 * they are missing and rebuilds their counts from the cases, which gives the same counts
 * the application keeps. A database migrated by the Java version has it in its history as
 * {@code JDBC} without a checksum: that one row is removed, so that the script runs once
 * in its place and is checked from then on. Every other difference in the history is left
 * for Flyway to refuse.
 */
@Configuration(proxyBeanMethods = false)
class MigrationHistory {

	private static final String VERSION = "26";

	@Bean
	FlywayMigrationStrategy migrationStrategy() {
		return MigrationHistory::migrate;
	}

	static void migrate(Flyway flyway) {
		if (Arrays.stream(flyway.info().applied()).anyMatch(MigrationHistory::isFormerJava)) {
			forget(flyway);
		}
		flyway.migrate();
	}

	private static boolean isFormerJava(MigrationInfo migration) {
		return migration.getVersion() != null && VERSION.equals(migration.getVersion().getVersion())
				&& migration.getType() != null && "JDBC".equals(migration.getType().name());
	}

	private static void forget(Flyway flyway) {
		String table = flyway.getConfiguration().getTable();
		try (Connection connection = flyway.getConfiguration().getDataSource().getConnection();
				PreparedStatement delete = connection
					.prepareStatement("delete from \"" + table + "\" where \"version\" = ? and \"type\" = 'JDBC'")) {
			delete.setString(1, VERSION);
			delete.executeUpdate();
		}
		catch (SQLException ex) {
			throw new FlywayException("Could not replace version " + VERSION + " in the migration history", ex);
		}
	}

}
