package se.steget.access;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The user of the current request and their scope.
 */
@Component
public class CurrentUser {

	private final AccessManagement access;

	CurrentUser(AccessManagement access) {
		this.access = access;
	}

	public SignedInUser user() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			return user;
		}
		throw new AccessDeniedException("Not logged in");
	}

	public UUID id() {
		return user().id();
	}

	public AccessScope scope() {
		SignedInUser user = user();
		return this.access.scopeOf(user.id(), user.role());
	}

	/** Refuses users who see aggregates only. */
	public AccessScope scopeForPeople() {
		AccessScope scope = scope();
		if (!scope.seesPeople()) {
			throw new AccessDeniedException("Aggregates only");
		}
		return scope;
	}

}
