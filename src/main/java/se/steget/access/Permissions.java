package se.steget.access;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the signed-in user's role shows them in menus and buttons ({@code @permissions} in
 * the pages). It reads the role straight from the sign-in; {@code sec:authorize} parsed
 * its expression again on every element of every page. The rules that grant access are in
 * {@link SecurityConfiguration} and the scopes, not here.
 */
@Component("permissions")
public class Permissions {

	public boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	/** Participants, cases and follow-ups. */
	public boolean caseWork() {
		return role().map(Role::seesPeople).orElse(false);
	}

	/** Projects, organisations and reports: everyone but the evaluator. */
	public boolean overview() {
		return role().map(Role::seesFigures).orElse(false);
	}

	public boolean timeReporting() {
		return has(Role.STAFF, Role.PROJECT_MANAGER);
	}

	/** Register extracts and the report to Statistics Sweden. */
	public boolean management() {
		return has(Role.PROJECT_MANAGER, Role.ADMINISTRATOR);
	}

	public boolean administration() {
		return has(Role.ADMINISTRATOR);
	}

	public boolean evaluation() {
		return has(Role.EVALUATOR);
	}

	/**
	 * A project's matched comparison group: its managers, steering group and evaluator.
	 */
	public boolean comparison() {
		return has(Role.PROJECT_MANAGER, Role.ADMINISTRATOR, Role.STEERING_GROUP, Role.EVALUATOR);
	}

	private boolean has(Role... roles) {
		return role().map((role) -> Arrays.asList(roles).contains(role)).orElse(false);
	}

	/** The signed-in user's role, from their authorities. */
	private Optional<Role> role() {
		if (!signedIn()) {
			return Optional.empty();
		}
		return SecurityContextHolder.getContext()
			.getAuthentication()
			.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.flatMap((authority) -> Arrays.stream(Role.values()).filter((r) -> r.authority().equals(authority)))
			.findFirst();
	}

}
