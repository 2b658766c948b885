package se.steget.access;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.steget.core.RejectedInputException;
import se.steget.core.UnchangedRecords;

/**
 * The removal of staff accounts made by mistake, as when their import is undone: only
 * while no one has changed or used them since.
 */
@Service
public class AccountRemovals {

	private static final String CHANGED = "account.error.changedSinceImported";

	private final JdbcClient jdbc;

	private final TransactionTemplate savepoint;

	AccountRemovals(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** The version of each of the accounts, as their import leaves them. */
	public Map<UUID, Integer> versionsOf(Collection<UUID> ids) {
		return UnchangedRecords.versions(this.jdbc, "user_account", ids);
	}

	/**
	 * Removes the accounts with their project memberships, all or none: refused when one
	 * has been changed since (its password set, its role or details edited, disabled) or
	 * is used (responsible for a case, in a contact, holding an API token).
	 * @throws RejectedInputException on {@code rows} with how many were changed or used
	 */
	@Transactional
	public void removeUnchanged(Map<UUID, Integer> versions, AccessScope scope) {
		AccessManagement.requireAdministrator(scope);
		int changed = UnchangedRecords.changed(this.jdbc, "user_account", versions).size();
		if (changed > 0) {
			throw new RejectedInputException("rows", CHANGED, changed);
		}
		UnchangedRecords.remove(this.jdbc, this.savepoint, "user_account", versions, CHANGED);
	}

}
