package se.steget.access;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access module's public API: users as staff members, project membership and scopes.
 */
@Service
@Transactional(readOnly = true)
public class AccessManagement {

	private static final String STAFF_COLUMNS = "u.id, u.display_name, u.role, u.staff_function";

	private final UserAccounts accounts;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	AccessManagement(UserAccounts accounts, JdbcClient jdbc, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
	}

	public AccessScope scopeOf(UUID userId, Role role) {
		List<UUID> projects = this.jdbc.sql("select project_id from project_membership where user_id = ?")
			.param(userId)
			.query(UUID.class)
			.list();
		return new AccessScope(userId, role, new HashSet<>(projects));
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

	public Optional<StaffMember> find(UUID userId) {
		return this.jdbc.sql("select " + STAFF_COLUMNS + " from user_account u where u.id = ?")
			.param(userId)
			.query(StaffMember.class)
			.optional();
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
		for (UUID userId : new HashSet<>(userIds)) {
			this.jdbc.sql("insert into project_membership (project_id, user_id) values (?, ?)")
				.params(projectId, userId)
				.update();
		}
	}

	/** Creates a local account; used by the demo data and the user pages. */
	@Transactional
	public UUID createUser(String username, String password, String displayName, Role role, StaffFunction function) {
		var account = new UserAccount(username, this.passwordEncoder.encode(password));
		account.describe(displayName, null, role, function);
		return this.accounts.save(account).getId();
	}

}
