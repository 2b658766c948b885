package se.steget.access;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class PermissionsTests {

	private final Permissions permissions = new Permissions();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void showsNothingToSomeoneNotSignedIn() {
		assertThat(shown()).isEmpty();
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
					List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
		assertThat(shown()).isEmpty();
	}

	@Test
	void showsEachRoleItsOwnParts() {
		assertThat(shownTo(Role.STAFF)).containsExactly("signedIn", "caseWork", "overview", "timeReporting");
		assertThat(shownTo(Role.PROJECT_MANAGER)).containsExactly("signedIn", "caseWork", "overview", "timeReporting",
				"management");
		assertThat(shownTo(Role.ADMINISTRATOR)).containsExactly("signedIn", "caseWork", "overview", "management",
				"administration");
		assertThat(shownTo(Role.STEERING_GROUP)).containsExactly("signedIn", "overview");
		assertThat(shownTo(Role.FINANCE)).containsExactly("signedIn", "overview");
		assertThat(shownTo(Role.EVALUATOR)).containsExactly("signedIn", "evaluation");
	}

	private List<String> shownTo(Role role) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("someone", null,
					List.of(new SimpleGrantedAuthority(role.authority()))));
		return shown();
	}

	private List<String> shown() {
		List<String> shown = new ArrayList<>();
		add(shown, "signedIn", this.permissions.signedIn());
		add(shown, "caseWork", this.permissions.caseWork());
		add(shown, "overview", this.permissions.overview());
		add(shown, "timeReporting", this.permissions.timeReporting());
		add(shown, "management", this.permissions.management());
		add(shown, "administration", this.permissions.administration());
		add(shown, "evaluation", this.permissions.evaluation());
		return shown;
	}

	private static void add(List<String> shown, String part, boolean visible) {
		if (visible) {
			shown.add(part);
		}
	}

}
