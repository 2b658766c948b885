package se.steget.access;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.TransactionException;

/**
 * Password logins (the login form and HTTP Basic) that must wait after failures
 * ({@link LoginAttempts}) are refused before the account is looked up or the password
 * checked, so that the answer and its time are the same whether or not the account
 * exists.
 */
class ThrottledPasswordLogin implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginAttempts attempts;

	ThrottledPasswordLogin(AuthenticationProvider passwords, LoginAttempts attempts) {
		this.passwords = passwords;
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		try {
			if (this.attempts.throttled(authentication.getName())) {
				throw new LockedException("Too many failed logins; wait");
			}
			return this.passwords.authenticate(authentication);
		}
		catch (DataAccessException | TransactionException ex) {
			// the password could not be checked, which is not the same as a wrong one
			throw new InternalAuthenticationServiceException("The accounts cannot be read", ex);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
