package se.steget.access;

import java.util.Map;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A user who signed in through the identity broker (OpenID Connect), as the local account
 * the broker's username names, so that roles and scopes are the same as for a password
 * login.
 */
class SignedInOidcUser extends SignedInUser implements OidcUser {

	private final transient OidcUser oidc;

	SignedInOidcUser(UserAccount account, OidcUser oidc) {
		super(account, true);
		this.oidc = oidc;
	}

	@Override
	public Map<String, Object> getClaims() {
		return this.oidc.getClaims();
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return this.oidc.getUserInfo();
	}

	@Override
	public OidcIdToken getIdToken() {
		return this.oidc.getIdToken();
	}

	@Override
	public Map<String, Object> getAttributes() {
		return this.oidc.getAttributes();
	}

	@Override
	public String getName() {
		return getUsername();
	}

}
