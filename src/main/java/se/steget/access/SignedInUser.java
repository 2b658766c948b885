package se.steget.access;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a logged-in user: the account's id and role beside the username.
 */
public class SignedInUser extends User {

	private final UUID id;

	private final String displayName;

	private final Role role;

	SignedInUser(UserAccount account, boolean accountNonLocked) {
		super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true, accountNonLocked,
				List.of(new SimpleGrantedAuthority(account.getRole().authority())));
		this.id = account.getId();
		this.displayName = account.getDisplayName();
		this.role = account.getRole();
	}

	public UUID id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

}
