package se.steget.system.former;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import se.steget.reporting.StarterFacts;

/**
 * The Java migration that version 26 once was, kept only to make a database as the
 * earlier versions of Steget left it: it made the summary tables and filled them with the
 * reporting module's own rebuild.
 */
public class V26__Starter_facts extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("create table starter_fact (enrollment_id uuid primary key references enrollment (id)"
					+ " on delete cascade, project_id uuid not null, gender varchar(20) not null,"
					+ " obstacle varchar(30) not null, municipality_code char(4) not null, leaver boolean not null,"
					+ " upon_leaving varchar(20))");
			statement.execute("create table outcome_summary (project_id uuid not null references project (id)"
					+ " on delete cascade, gender varchar(20) not null, obstacle varchar(30) not null,"
					+ " municipality_code char(4) not null, starters bigint not null, leavers bigint not null,"
					+ " to_work bigint not null, to_studies bigint not null,"
					+ " primary key (project_id, gender, obstacle, municipality_code))");
			for (String sql : StarterFacts.REBUILD) {
				statement.execute(sql);
			}
		}
	}

}
