package se.steget.access;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/**
 * The principal of a logged-in user: the account's id and role beside the username.
 */
public class SignedInUser extends User implements OAuth2AuthenticatedPrincipal {

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

	/** The name an API token's authentication carries: the username. */
	@Override
	public String getName() {
		return getUsername();
	}

	@Override
	public Map<String, Object> getAttributes() {
		return Map.of("user_id", this.id);
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
