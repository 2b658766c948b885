package se.steget.project;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import se.steget.TestData;
import se.steget.access.Role;
import se.steget.access.StaffMember;
import se.steget.core.Municipality;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.organisation.OrganisationForm;
import se.steget.organisation.OrganisationKind;
import se.steget.organisation.OrganisationManagement;
import se.steget.organisation.OrganisationView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ProjectIntegrationTests {

	@Autowired
	private ProjectManagement projects;

	@Autowired
	private OrganisationManagement organisations;

	@Autowired
	private TestData data;

	@Test
	void storesTheMetadataOfAnEsfProject() {
		var admin = this.data.admin();
		UUID owner = this.organisations.register(
				new OrganisationForm(TestData.unique("Af"), OrganisationKind.EMPLOYMENT_SERVICE_OFFICE, null, null),
				admin);
		UUID partner = this.organisations.register(
				new OrganisationForm(TestData.unique("Kommun"), OrganisationKind.MUNICIPALITY, null, null), admin);
		UUID coach = this.data.user(Role.STAFF);
		var form = form();
		form.setOwnerOrganisationId(owner);
		form.setEsfGrantSek(6_530_000L);
		form.setTotalBudgetSek(24_130_000L);
		form.setQuotaWomen(200);
		form.setQuotaMen(200);
		form.setQuotaTotal(400);
		form.setMunicipalityCodes(List.of("0880", "0883"));
		form.setCoFinancerIds(List.of(owner));
		form.setPartnerIds(List.of(partner));
		form.setMemberIds(List.of(coach));

		ProjectView project = this.projects.get(this.projects.create(form, admin), admin);
		assertThat(project.ownerOrganisation().id()).isEqualTo(owner);
		assertThat(project.esfGrantSek()).isEqualTo(6_530_000L);
		assertThat(project.quotaWomen()).isEqualTo(200);
		assertThat(project.municipalities()).extracting(Municipality::name).containsExactly("Kalmar", "Västervik");
		assertThat(project.coFinancers()).extracting(OrganisationView::id).containsExactly(owner);
		assertThat(project.partners()).extracting(OrganisationView::id).containsExactly(partner);
		assertThat(project.members()).extracting(StaffMember::id).containsExactly(coach);
	}

	@Test
	void staffSeeOnlyTheProjectsTheyBelongTo() {
		UUID coach = this.data.user(Role.STAFF);
		UUID mine = this.data.project(coach);
		UUID other = this.data.project();

		assertThat(this.projects.visible(this.data.scope(coach))).extracting(ProjectSummary::id).containsExactly(mine);
		assertThatThrownBy(() -> this.projects.get(other, this.data.scope(coach)))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.projects.search("", 0, this.data.scope(coach)).getTotalElements()).isEqualTo(1);
	}

	@Test
	void aProjectManagerWhoCreatesAProjectBelongsToIt() {
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		UUID id = this.projects.create(form(), this.data.scope(manager));
		assertThat(this.projects.get(id, this.data.scope(manager)).members()).extracting(StaffMember::id)
			.containsExactly(manager);
	}

	@Test
	void onlyAdministratorsAndProjectManagersChangeProjects() {
		UUID coach = this.data.user(Role.STAFF);
		UUID id = this.data.project(coach);
		assertThatThrownBy(() -> this.projects.create(form(), this.data.scope(coach)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.projects.update(id, form(), this.data.scope(coach)))
			.isInstanceOf(AccessDeniedException.class);
		UUID otherManager = this.data.user(Role.PROJECT_MANAGER);
		assertThatThrownBy(() -> this.projects.update(id, form(), this.data.scope(otherManager)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void refusesAnEndBeforeTheStartAndUnknownOrganisations() {
		var admin = this.data.admin();
		var backwards = form();
		backwards.setPeriodEnd(backwards.getPeriodStart().minusDays(1));
		assertThatThrownBy(() -> this.projects.create(backwards, admin)).isInstanceOfSatisfying(
				RejectedInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("periodEnd"));
		var unknownOwner = form();
		unknownOwner.setOwnerOrganisationId(UUID.randomUUID());
		assertThatThrownBy(() -> this.projects.create(unknownOwner, admin)).isInstanceOfSatisfying(
				RejectedInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("ownerOrganisationId"));
		var quota = form();
		quota.setQuotaWomen(10);
		quota.setQuotaMen(10);
		quota.setQuotaTotal(15);
		assertThatThrownBy(() -> this.projects.create(quota, admin)).isInstanceOfSatisfying(
				RejectedInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("quotaTotal"));
	}

	private static ProjectForm form() {
		var form = new ProjectForm();
		form.setName(TestData.unique("OPIS"));
		form.setPhase(ProjectPhase.IMPLEMENTATION);
		form.setPeriodStart(LocalDate.of(2025, 1, 2));
		form.setPeriodEnd(LocalDate.of(2027, 12, 30));
		return form;
	}

}
