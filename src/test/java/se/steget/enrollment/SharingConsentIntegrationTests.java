package se.steget.enrollment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.steget.TestData;
import se.steget.access.AccessManagement;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.core.RejectedInputException;
import se.steget.organisation.OrganisationForm;
import se.steget.organisation.OrganisationKind;
import se.steget.organisation.OrganisationManagement;
import se.steget.participant.ConsentForm;
import se.steget.participant.ConsentManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A case held by the municipality is shared with an employment officer at
 * Arbetsförmedlingen only after the participant consents to sharing with
 * Arbetsförmedlingen, and stops being shared when that consent is narrowed.
 */
@SpringBootTest
class SharingConsentIntegrationTests {

	@Autowired
	private TestData data;

	@Autowired
	private OrganisationManagement organisations;

	@Autowired
	private AccessManagement access;

	@Autowired
	private SharedCaseManagement sharedCases;

	@Autowired
	private ConsentManagement consents;

	@Test
	void sharingWithAnotherOrganisationNeedsTheParticipantsConsent() {
		UUID municipality = organisation("Kommunen", OrganisationKind.MUNICIPALITY);
		UUID employmentService = organisation("Arbetsförmedlingen", OrganisationKind.EMPLOYMENT_SERVICE_OFFICE);
		UUID coach = this.data.user(Role.STAFF);
		UUID colleague = this.data.user(Role.STAFF);
		UUID officer = this.data.user(Role.STAFF);
		this.access.placeInOrganisation(coach, municipality);
		this.access.placeInOrganisation(colleague, municipality);
		this.access.placeInOrganisation(officer, employmentService);
		UUID project = this.data.project(coach, colleague, officer);
		UUID participant = this.data.participant(coach, Gender.WOMAN);
		UUID enrollment = this.data.enroll(participant, project, coach, LocalDate.of(2026, 9, 1));
		var scope = this.data.scope(coach);

		this.sharedCases.shareCase(enrollment, new CaseStaffForm(colleague, CaseRole.MUNICIPAL_COORDINATOR), scope);
		assertThatThrownBy(() -> this.sharedCases.shareCase(enrollment,
				new CaseStaffForm(officer, CaseRole.EMPLOYMENT_OFFICER), scope))
			.isInstanceOfSatisfying(RejectedInputException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("userId");
				assertThat(ex.messageKey()).isEqualTo("error.noSharingConsent");
				assertThat(ex.args()).contains(this.organisations.get(employmentService).name());
			});

		consent(participant, scope, List.of(employmentService));
		this.sharedCases.shareCase(enrollment, new CaseStaffForm(officer, CaseRole.EMPLOYMENT_OFFICER), scope);
		assertThat(sharedWith(enrollment, scope)).containsExactlyInAnyOrder(colleague, officer);

		consent(participant, scope, List.of(municipality));
		assertThat(sharedWith(enrollment, scope)).containsExactly(colleague);
	}

	private List<UUID> sharedWith(UUID enrollment, se.steget.access.AccessScope scope) {
		return this.sharedCases.caseStaff(enrollment, scope).stream().map(CaseStaffView::userId).toList();
	}

	private void consent(UUID participant, se.steget.access.AccessScope scope, List<UUID> organisations) {
		var form = new ConsentForm();
		form.setInformedOn(LocalDate.of(2026, 9, 1));
		form.setRegistrationConsentOn(LocalDate.of(2026, 9, 1));
		form.setSharingConsentOn(LocalDate.of(2026, 9, 2));
		form.setOrganisationIds(organisations);
		this.consents.record(participant, form, scope);
	}

	private UUID organisation(String name, OrganisationKind kind) {
		return this.organisations.register(new OrganisationForm(TestData.unique(name), kind, null, "0880"),
				this.data.admin());
	}

}
