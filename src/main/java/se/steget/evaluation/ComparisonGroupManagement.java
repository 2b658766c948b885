package se.steget.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.steget.access.AccessScope;
import se.steget.core.BirthRegion;
import se.steget.core.EducationLevel;
import se.steget.core.Gender;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.core.UnchangedRecords;
import se.steget.outcome.OutcomeGroup;

/**
 * The projects' comparison groups: people recorded by a project manager (through an
 * import), each kept under a pseudonym only, once per project. Recording a person who is
 * already in the group changes them to the new values.
 */
@Service
@Transactional(readOnly = true)
public class ComparisonGroupManagement {

	private static final String SELECT = "select id, pseudonym, gender, birth_year, education_level, birth_region,"
			+ " disability, months_registered, municipality_code, reference_month, outcome_90_days,"
			+ " outcome_182_days, outcome_365_days, version from comparison_person";

	private final JdbcClient jdbc;

	private final Pseudonyms pseudonyms;

	private final TransactionTemplate savepoint;

	ComparisonGroupManagement(JdbcClient jdbc, Pseudonyms pseudonyms, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.pseudonyms = pseudonyms;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** Whether the user may keep the project's comparison group: its managers. */
	public static boolean mayKeep(UUID projectId, AccessScope scope) {
		return scope.canManageProjects() && (projectId == null || scope.canSeeProject(projectId));
	}

	/** The person as the group holds them, found by their number, if they are in it. */
	public Optional<Recorded> find(UUID projectId, String personalIdentityNumber, AccessScope scope) {
		requireKeeper(projectId, scope);
		String pseudonym = this.pseudonyms.pseudonymiser().ofNumber(personalIdentityNumber);
		return this.jdbc.sql(SELECT + " where project_id = ? and pseudonym = ?")
			.params(projectId, pseudonym)
			.query(ComparisonGroupManagement::recorded)
			.optional();
	}

	/**
	 * Adds the person to the group, or changes them to these values; returns their id.
	 */
	@Transactional
	public UUID record(UUID projectId, ComparisonPerson person, AccessScope scope) {
		requireKeeper(projectId, scope);
		String pseudonym = this.pseudonyms.pseudonymiser().ofNumber(person.personalIdentityNumber());
		Optional<UUID> existing = this.jdbc
			.sql("select id from comparison_person where project_id = ? and pseudonym = ?")
			.params(projectId, pseudonym)
			.query(UUID.class)
			.optional();
		if (existing.isPresent()) {
			this.jdbc
				.sql("update comparison_person set gender = ?, birth_year = ?, education_level = ?,"
						+ " birth_region = ?, disability = ?, months_registered = ?, municipality_code = ?,"
						+ " reference_month = ?, outcome_90_days = ?, outcome_182_days = ?, outcome_365_days = ?,"
						+ " version = version + 1 where id = ?")
				.params(values(person, existing.get()))
				.update();
			return existing.get();
		}
		UUID id = UUID.randomUUID();
		try {
			insert(projectId, pseudonym, person, id);
		}
		catch (DuplicateKeyException meanwhile) {
			throw new RejectedInputException("personalIdentityNumber", "comparison.error.recordedMeanwhile");
		}
		return id;
	}

	/** Two imports of the same person at once: the one that comes second is refused. */
	private void insert(UUID projectId, String pseudonym, ComparisonPerson person, UUID id) {
		this.jdbc
			.sql("insert into comparison_person (gender, birth_year, education_level, birth_region, disability,"
					+ " months_registered, municipality_code, reference_month, outcome_90_days, outcome_182_days,"
					+ " outcome_365_days, id, project_id, pseudonym) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(concat(values(person, id), projectId, pseudonym))
			.update();
	}

	/** The version of each of the people, for undoing the import that added them. */
	public Map<UUID, Integer> versionsOf(Collection<UUID> ids) {
		return UnchangedRecords.versions(this.jdbc, "comparison_person", ids);
	}

	/**
	 * Removes people added by mistake, as when their import is undone: all or none,
	 * refused when one has been changed since.
	 */
	@Transactional
	public void removeUnchanged(Map<UUID, Integer> versions, AccessScope scope) {
		if (!scope.canManageProjects()) {
			throw new NotFoundException("Project");
		}
		UnchangedRecords.remove(this.jdbc, this.savepoint, "comparison_person", versions,
				"comparison.error.changedSinceImported");
	}

	/** The project's group, for the comparison. */
	List<Recorded> group(UUID projectId) {
		return this.jdbc.sql(SELECT + " where project_id = ? order by pseudonym")
			.param(projectId)
			.query(ComparisonGroupManagement::recorded)
			.list();
	}

	/** A person of the group as stored: a pseudonym, never a number. */
	public record Recorded(UUID id, String pseudonym, Gender gender, int birthYear, EducationLevel educationLevel,
			BirthRegion birthRegion, Boolean disability, int monthsRegistered, String municipalityCode,
			YearMonth referenceMonth, OutcomeGroup after90Days, OutcomeGroup after182Days, OutcomeGroup after365Days,
			int version) {

		/** Whether the row's values are these already. */
		public boolean holds(ComparisonPerson person) {
			return this.gender == person.gender() && this.birthYear == person.birthYear()
					&& this.educationLevel == person.educationLevel() && this.birthRegion == person.birthRegion()
					&& Objects.equals(this.disability, person.disability())
					&& this.monthsRegistered == person.monthsRegistered()
					&& Objects.equals(this.municipalityCode, person.municipalityCode())
					&& this.referenceMonth.equals(person.referenceMonth()) && this.after90Days == person.after90Days()
					&& this.after182Days == person.after182Days() && this.after365Days == person.after365Days();
		}

	}

	private static void requireKeeper(UUID projectId, AccessScope scope) {
		if (!mayKeep(projectId, scope)) {
			throw new NotFoundException("Project");
		}
	}

	private static Object[] values(ComparisonPerson person, UUID id) {
		return new Object[] { person.gender().name(), person.birthYear(), name(person.educationLevel()),
				name(person.birthRegion()), person.disability(), person.monthsRegistered(), person.municipalityCode(),
				person.referenceMonth().atDay(1), name(person.after90Days()), name(person.after182Days()),
				name(person.after365Days()), id };
	}

	private static Object[] concat(Object[] values, Object... more) {
		Object[] all = java.util.Arrays.copyOf(values, values.length + more.length);
		System.arraycopy(more, 0, all, values.length, more.length);
		return all;
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static Recorded recorded(ResultSet rs, int n) throws SQLException {
		return new Recorded(rs.getObject("id", UUID.class), rs.getString("pseudonym"),
				Gender.valueOf(rs.getString("gender")), rs.getInt("birth_year"),
				named(EducationLevel.class, rs.getString("education_level")),
				named(BirthRegion.class, rs.getString("birth_region")), (Boolean) rs.getObject("disability"),
				rs.getInt("months_registered"), rs.getString("municipality_code"),
				YearMonth.from(rs.getObject("reference_month", java.time.LocalDate.class)),
				named(OutcomeGroup.class, rs.getString("outcome_90_days")),
				named(OutcomeGroup.class, rs.getString("outcome_182_days")),
				named(OutcomeGroup.class, rs.getString("outcome_365_days")), rs.getInt("version"));
	}

	private static <E extends Enum<E>> E named(Class<E> type, String name) {
		return (name != null) ? Enum.valueOf(type, name) : null;
	}

}
