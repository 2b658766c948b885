package se.steget.access;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * Maps a login through the identity broker to the enabled local account with the broker's
 * username ({@code preferred_username}, or else the subject); no account, no login. The
 * broker's login is a strong one (e-ID, SITHS), so failed password logins do not delay
 * it: it is how someone whom others' guessing slows down gets in at once.
 */
@Service
class OidcAccountService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService delegate = new OidcUserService();

	private final UserAccounts accounts;

	OidcAccountService(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser oidc = this.delegate.loadUser(request);
		String username = (oidc.getPreferredUsername() != null) ? oidc.getPreferredUsername() : oidc.getSubject();
		return this.accounts.findByUsername(username)
			.filter(UserAccount::isEnabled)
			.map((account) -> new SignedInOidcUser(account, oidc))
			.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("no_account")));
	}

}
