package se.steget.privacy;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.steget.core.PersonalData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every column that may hold data about a person (a name, a number, a free-text note, a
 * contact detail, a document) is declared by the module that owns its table, through its
 * {@link PersonalData}, or listed here as not about a participant; so a new column cannot
 * escape retention and the register extract. The columns are read from the database.
 */
@SpringBootTest
class PersonalDataCoverageIntegrationTests {

	/** Names that say a column holds text about someone. */
	private static final Pattern PERSONAL_NAME = Pattern
		.compile("(^|_)(name|number|note|reason|email|phone|address|description|comment|text|snapshot|supervisor|goals"
				+ "|content|username|purpose|path)$");

	/** Free text long enough to hold a sentence about someone. */
	private static final int FREE_TEXT = 200;

	/**
	 * Tables of the machinery, not of a module's records: sessions, locks, and the API's
	 * replay copies of answers to creating requests, which the system deletes after 24
	 * hours.
	 */
	private static final Set<String> INFRASTRUCTURE = Set.of("flyway_schema_history", "spring_session",
			"spring_session_attributes", "shedlock", "idempotency_key");

	/**
	 * Columns that look personal but are not about a participant, and why.
	 */
	private static final Set<String> NOT_ABOUT_A_PARTICIPANT = Set.of(
			// Organisations and projects: public facts, and the project's own contact
			// person.
			"organisation.name", "organisation.organisation_number", "project.name", "project.programme_area",
			"project.contact_person", "project.target_group",
			// A project's model: tracks, intake steps, scales, groups, follow-up points,
			// goals.
			"track.name", "track.description", "intake_step.name", "assessment_scale.name",
			"assessment_scale.description", "priority_group.name", "follow_up_point.name", "goal.name",
			"goal.outcome_kinds",
			// The calendar: an activity's name, place and employer, a session's topic.
			"activity.title", "activity.location", "activity_session.topic",
			// Employers, their workplaces and vacancies: organisations and their public
			// offers, not people (contact persons are declared by the employer module).
			"employer.name", "employer.organisation_number", "workplace.name", "workplace.address", "vacancy.title",
			"vacancy.description", "vacancy.external_url", "employer_contact.purpose",
			// Staff accounts and what they did: kept while the account exists.
			"user_account.username", "user_account.display_name", "user_account.email", "user_account.password_hash",
			"login_throttle.throttle_key", "audit_entry.username", "audit_entry.route", "api_token.name",
			// Webhooks: where administrators send which changes, and the outbox of thin
			// messages (kinds and ids, never a name or a number) with the subscriber's
			// last
			// error, removed 30 days after delivery.
			"webhook_subscription.url", "webhook_subscription.description", "webhook_subscription.event_types",
			"webhook_subscription.disabled_reason", "webhook_message.payload", "webhook_message.last_error",
			// Imports: which column of a file holds which field, and the sheet's name.
			"import_job.mapping", "import_job.sheet");

	@Autowired
	private DataSource dataSource;

	@Autowired
	private List<PersonalData> modules;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyPersonalColumnIsDeclaredByTheModuleThatOwnsIt() throws SQLException {
		assertThat(undeclared()).isEmpty();
	}

	@Test
	void everyDeclaredColumnExists() throws SQLException {
		Set<String> all = columns(false);
		assertThat(declared()).allSatisfy((column) -> assertThat(all).contains(column));
	}

	@Test
	void aNewPersonalColumnWithoutAnOwnerIsFound() throws SQLException {
		this.jdbc.sql("alter table contact add column phone_number varchar(30)").update();
		try {
			assertThat(undeclared()).containsExactly("contact.phone_number");
		}
		finally {
			this.jdbc.sql("alter table contact drop column phone_number").update();
		}
		assertThat(undeclared()).isEmpty();
	}

	private Set<String> undeclared() throws SQLException {
		Set<String> undeclared = columns(true);
		undeclared.removeAll(declared());
		undeclared.removeAll(NOT_ABOUT_A_PARTICIPANT);
		return undeclared;
	}

	private Set<String> declared() {
		return this.modules.stream()
			.flatMap((module) -> module.columns().stream())
			.map((column) -> column.table() + "." + column.column())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** Every column of the application's tables, or only those that look personal. */
	private Set<String> columns(boolean personalOnly) throws SQLException {
		Set<String> columns = new TreeSet<>();
		try (var connection = this.dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			try (ResultSet rs = metaData.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
				while (rs.next()) {
					String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
					String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
					if (!INFRASTRUCTURE.contains(table) && (!personalOnly || looksPersonal(column,
							rs.getString("TYPE_NAME"), rs.getInt("DATA_TYPE"), rs.getInt("COLUMN_SIZE")))) {
						columns.add(table + "." + column);
					}
				}
			}
		}
		return columns;
	}

	private static boolean looksPersonal(String column, String typeName, int type, int size) {
		if ("uuid".equalsIgnoreCase(typeName)) {
			return false;
		}
		return switch (type) {
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> true;
			case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR ->
				PERSONAL_NAME.matcher(column).find() || size >= FREE_TEXT;
			default -> false;
		};
	}

}
