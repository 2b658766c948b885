package se.steget.access;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService {

	private final UserAccounts accounts;

	AccountDetailsService(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(username)
			.map((account) -> new SignedInUser(account, true))
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

}
