package se.steget.organisation;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import se.steget.TestData;
import se.steget.access.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class OrganisationIntegrationTests {

	@Autowired
	private OrganisationManagement organisations;

	@Autowired
	private TestData data;

	@Test
	void storesTheOrganisationNumberInTenDigitsAndFindsItByNameOrNumber() {
		String name = TestData.unique("Arbetsförmedlingen Kalmar");
		UUID id = this.organisations.register(
				new OrganisationForm(name, OrganisationKind.EMPLOYMENT_SERVICE_OFFICE, "16202100-2114", "0880"),
				this.data.admin());

		OrganisationView stored = this.organisations.get(id);
		assertThat(stored.organisationNumber()).isEqualTo("2021002114");
		assertThat(stored.formattedNumber()).isEqualTo("202100-2114");
		assertThat(stored.municipalityName()).isEqualTo("Kalmar");
		assertThat(this.organisations.search(name.toUpperCase(), 0).getContent()).extracting(OrganisationView::id)
			.containsExactly(id);
		assertThat(this.organisations.search("202100-2114", 0).getContent()).extracting(OrganisationView::id)
			.contains(id);
	}

	@Test
	void staffReadButDoNotChangeOrganisations() {
		var coach = this.data.scope(this.data.user(Role.STAFF));
		assertThatThrownBy(
				() -> this.organisations.register(new OrganisationForm("X", OrganisationKind.OTHER, null, null), coach))
			.isInstanceOf(AccessDeniedException.class);
	}

}
