package se.steget.access;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.core.Municipalities;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.core.StaleEdits;
import se.steget.core.StaleEditException;

/**
 * The access module's public API: users as staff members, project membership and scopes.
 */
@Service
@Transactional(readOnly = true)
public class AccessManagement {

	static final int MIN_PASSWORD_LENGTH = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String STAFF_COLUMNS = "u.id, u.display_name, u.role, u.staff_function, u.organisation_id";

	private final UserAccounts accounts;

	private final ObjectProvider<OrganisationDirectory> organisations;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final PasswordEncoder passwordEncoder;

	AccessManagement(UserAccounts accounts, JdbcClient jdbc, JdbcTemplate batch, PasswordEncoder passwordEncoder,
			ObjectProvider<OrganisationDirectory> organisations) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.batch = batch;
		this.passwordEncoder = passwordEncoder;
	}

	public AccessScope scopeOf(UUID userId, Role role) {
		List<Membership> rows = this.jdbc
			.sql("select m.project_id, case when u.staff_function = 'MUNICIPAL_COORDINATOR' then u.municipality_code"
					+ " end as municipality_code from user_account u left join project_membership m on m.user_id = u.id"
					+ " where u.id = ?")
			.param(userId)
			.query(Membership.class)
			.list();
		Set<UUID> projects = new HashSet<>();
		rows.stream().map(Membership::projectId).filter(Objects::nonNull).forEach(projects::add);
		String municipality = rows.isEmpty() ? null : rows.get(0).municipalityCode();
		return new AccessScope(userId, role, projects, (role == Role.STAFF) ? municipality : null);
	}

	/** One of a user's projects, if any, with a coordinator's municipality. */
	private record Membership(UUID projectId, String municipalityCode) {
	}

	/** Every enabled user, for choosing a responsible staff member or project members. */
	public List<StaffMember> staff() {
		return this.jdbc.sql("select " + STAFF_COLUMNS + " from user_account u where u.enabled order by u.display_name")
			.query(StaffMember.class)
			.list();
	}

	public List<StaffMember> members(UUID projectId) {
		return this.jdbc
			.sql("select " + STAFF_COLUMNS + " from user_account u join project_membership m on m.user_id = u.id"
					+ " where m.project_id = ? order by u.display_name")
			.param(projectId)
			.query(StaffMember.class)
			.list();
	}

	/** The staff of any of these projects, each once, by name. */
	public List<StaffMember> members(Collection<UUID> projectIds) {
		if (projectIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select " + STAFF_COLUMNS + " from user_account u where u.id in (select m.user_id from"
					+ " project_membership m where m.project_id in (:ids)) order by u.display_name")
			.param("ids", projectIds)
			.query(StaffMember.class)
			.list();
	}

	public Optional<StaffMember> find(UUID userId) {
		return this.jdbc.sql("select " + STAFF_COLUMNS + " from user_account u where u.id = ?")
			.param(userId)
			.query(StaffMember.class)
			.optional();
	}

	/**
	 * Active staff whose name or username contains the text, by name, at most
	 * {@code limit}: for finding a colleague among thousands.
	 */
	public List<StaffMember> search(String text, int limit) {
		String pattern = "%" + text.trim().toLowerCase(Locale.ROOT).replaceAll("([\\\\%_])", "\\\\$1") + "%";
		return this.jdbc.sql("select " + STAFF_COLUMNS
				+ " from user_account u where u.enabled and (lower(u.display_name) like"
				+ " :text escape '\\' or lower(u.username) like :text escape '\\') order by u.display_name limit :limit")
			.param("text", pattern)
			.param("limit", limit)
			.query(StaffMember.class)
			.list();
	}

	/** The name a user signs in with, as the audit log records it. */
	public String username(UUID userId) {
		return this.jdbc.sql("select username from user_account where id = ?")
			.param(userId)
			.query(String.class)
			.single();
	}

	/** A user's display name, or null for none or an unknown user. */
	public String displayName(UUID userId) {
		return (userId == null) ? null : displayNames(List.of(userId)).get(userId);
	}

	/** The users' display names, by id. */
	public Map<UUID, String> displayNames(Collection<UUID> userIds) {
		return staff(userIds).stream().collect(Collectors.toMap(StaffMember::id, StaffMember::displayName));
	}

	/** The staff members with these ids; unknown ids are left out. */
	public List<StaffMember> staff(Collection<UUID> userIds) {
		if (userIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + STAFF_COLUMNS + " from user_account u where u.id in (:ids)")
			.param("ids", userIds)
			.query(StaffMember.class)
			.list();
	}

	/** Whether every one of these user ids names an account. */
	public boolean allExist(Collection<UUID> userIds) {
		Set<UUID> distinct = new HashSet<>(userIds);
		return distinct.isEmpty() || this.jdbc.sql("select count(*) from user_account where id in (:ids)")
			.param("ids", distinct)
			.query(Long.class)
			.single() == distinct.size();
	}

	public boolean isMember(UUID projectId, UUID userId) {
		return this.jdbc.sql("select count(*) from project_membership where project_id = ? and user_id = ?")
			.params(projectId, userId)
			.query(Integer.class)
			.single() > 0;
	}

	@Transactional
	public void setMembers(UUID projectId, Collection<UUID> userIds) {
		this.jdbc.sql("delete from project_membership where project_id = ?").param(projectId).update();
		List<Object[]> rows = new HashSet<>(userIds).stream()
			.map((userId) -> new Object[] { projectId, userId })
			.toList();
		this.batch.batchUpdate("insert into project_membership (project_id, user_id) values (?, ?)", rows);
	}

	/** Creates a local account; used by the demo data and the user pages. */
	@Transactional
	public UUID createUser(String username, String password, String displayName, Role role, StaffFunction function) {
		return createUser(username, password, displayName, role, function, null);
	}

	/** Creates a local account for a municipal coordinator of this municipality. */
	@Transactional
	public UUID createUser(String username, String password, String displayName, Role role, StaffFunction function,
			String municipalityCode) {
		var account = new UserAccount(username, this.passwordEncoder.encode(password));
		account.describe(displayName, null, role, function);
		account.placeIn(municipalityCode);
		return this.accounts.save(account).getId();
	}

	/** Places the user in an organisation; for the demo data and imports. */
	@Transactional
	public void placeInOrganisation(UUID userId, UUID organisationId) {
		this.jdbc.sql("update user_account set organisation_id = ? where id = ?")
			.params(organisationId, userId)
			.update();
	}

	/** Every account, by name, for the administrator. */
	List<UserSummary> users() {
		return this.jdbc
			.sql("select id, username, display_name, role, staff_function, enabled from user_account"
					+ " order by display_name")
			.query(UserSummary.class)
			.list();
	}

	Optional<UserAccount> account(UUID id) {
		return this.accounts.findById(id);
	}

	/**
	 * Creates a local account; refuses a taken username, a short password or a missing
	 * municipality, all at once.
	 */
	@Transactional
	UUID createAccount(String username, String password, AccountDetails details) {
		List<RejectedInputException> problems = new ArrayList<>();
		if (this.accounts.existsByUsername(username)) {
			problems.add(new RejectedInputException("username", "error.usernameTaken"));
		}
		problems.addAll(problems(password, true, details));
		RejectedInputException.throwIfAny(problems);
		var account = new UserAccount(username, this.passwordEncoder.encode(password));
		describe(account, details);
		try {
			return this.accounts.save(account).getId();
		}
		catch (DuplicateKeyException ex) {
			throw new RejectedInputException("username", "error.usernameTaken");
		}
	}

	/**
	 * The account with this username as its form, with its id and the projects its user
	 * belongs to: what an import of staff compares a row with.
	 */
	public Optional<ListedAccount> listedAccount(String username) {
		return this.accounts.findByUsername(username)
			.map((account) -> new ListedAccount(account.getId(), UserForm.of(account),
					Set.copyOf(this.jdbc.sql("select project_id from project_membership where user_id = ?")
						.param(account.getId())
						.query(UUID.class)
						.list())));
	}

	/**
	 * Creates an account from a file of staff, by the user page's rules but for the
	 * password: it has none that anyone knows, so its user signs in through the identity
	 * broker, or once an administrator has set one on the user page.
	 */
	@Transactional
	public UUID createListedAccount(UserForm form, AccessScope scope) {
		requireAdministrator(scope);
		List<RejectedInputException> problems = new ArrayList<>();
		if (this.accounts.existsByUsername(form.getUsername())) {
			problems.add(new RejectedInputException("username", "error.usernameTaken"));
		}
		problems.addAll(problems(null, false, form.details()));
		RejectedInputException.throwIfAny(problems);
		var account = new UserAccount(form.getUsername(), this.passwordEncoder.encode(unknownPassword()));
		describe(account, form.details());
		try {
			return this.accounts.save(account).getId();
		}
		catch (DuplicateKeyException ex) {
			throw new RejectedInputException("username", "error.usernameTaken");
		}
	}

	/** Changes an account from a file of staff; its password stays. */
	@Transactional
	public void changeListedAccount(UUID id, UserForm form, AccessScope scope) {
		requireAdministrator(scope);
		updateAccount(id, form.details(), null, form.getVersion());
	}

	/** Makes the user a member of the project, if not one already. */
	@Transactional
	public void addMember(UUID projectId, UUID userId, AccessScope scope) {
		requireAdministrator(scope);
		this.jdbc
			.sql("insert into project_membership (project_id, user_id) select :project, :user where not exists"
					+ " (select 1 from project_membership where project_id = :project and user_id = :user)")
			.param("project", projectId)
			.param("user", userId)
			.update();
	}

	static void requireAdministrator(AccessScope scope) {
		if (scope.role() != Role.ADMINISTRATOR) {
			throw new AccessDeniedException("Accounts are the administrator's");
		}
	}

	private static String unknownPassword() {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		return Base64.getEncoder().encodeToString(random);
	}

	/** Changes an account, and its password when a new one is given. */
	@Transactional
	void updateAccount(UUID id, AccountDetails details, String newPassword, Integer expectedVersion) {
		UserAccount account = account(id).orElseThrow(() -> new NotFoundException("User"));
		StaleEditException.check(expectedVersion, account.getVersion());
		RejectedInputException.throwIfAny(problems(newPassword, false, details));
		describe(account, details);
		account.setEnabled(details.enabled());
		if (newPassword != null && !newPassword.isEmpty()) {
			account.changePassword(this.passwordEncoder.encode(newPassword));
		}
		StaleEdits.refused(() -> this.accounts.save(account));
	}

	private static void describe(UserAccount account, AccountDetails details) {
		account.describe(details.displayName(), details.email(), details.role(), details.staffFunction());
		account.placeIn(details.municipalityCode());
		account.belongTo(details.organisationId());
	}

	/**
	 * A password that is too short (or missing where one is required), and a municipal
	 * coordinator without the municipality whose participants they see.
	 */
	private List<RejectedInputException> problems(String password, boolean required, AccountDetails details) {
		List<RejectedInputException> problems = new ArrayList<>();
		boolean empty = password == null || password.isEmpty();
		if ((required || !empty) && (empty || password.length() < MIN_PASSWORD_LENGTH)) {
			problems.add(new RejectedInputException("password", "error.passwordTooShort", MIN_PASSWORD_LENGTH));
		}
		String code = details.municipalityCode();
		if (details.municipalCoordinator() && code == null) {
			problems.add(new RejectedInputException("municipalityCode", "error.coordinatorMunicipality"));
		}
		else if (code != null && Municipalities.find(code).isEmpty()) {
			problems.add(new RejectedInputException("municipalityCode", "error.municipality"));
		}
		if (details.organisationId() != null && !this.organisations.getObject().exists(details.organisationId())) {
			problems.add(new RejectedInputException("organisationId", "error.unknownOrganisation"));
		}
		return problems;
	}

}
