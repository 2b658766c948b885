package se.steget.enrollment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.steget.TestData;
import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.core.NotFoundException;
import se.steget.participant.ParticipantManagement;
import se.steget.participant.ParticipantSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who reads which case: staff their own and shared ones, a municipal coordinator the
 * project's participants in their municipality, a project manager the whole project, an
 * administrator only with a case role, and the aggregate roles none.
 */
@SpringBootTest
class CaseScopeIntegrationTests {

	private static final String KALMAR = "0880";

	private static final String NYBRO = "0881";

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private ParticipantManagement participants;

	@Autowired
	private SharedCaseManagement sharedCases;

	@Autowired
	private TestData data;

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private UUID coach;

	private UUID colleague;

	private UUID project;

	private UUID otherProject;

	private UUID ownCase;

	private UUID colleaguesCase;

	private UUID colleaguesParticipant;

	private UUID nybroCase;

	private UUID elsewhereCase;

	@BeforeEach
	void twoCoachesInTwoProjects() {
		this.coach = this.data.user(Role.STAFF);
		this.colleague = this.data.user(Role.STAFF);
		this.project = this.data.project(this.coach, this.colleague);
		this.otherProject = this.data.project(this.colleague);
		LocalDate start = LocalDate.of(2025, 9, 1);
		this.ownCase = this.data.enroll(this.data.participantIn(KALMAR, this.coach, Gender.WOMAN), this.project,
				this.coach, start);
		this.colleaguesParticipant = this.data.participantIn(KALMAR, this.colleague, Gender.MAN);
		this.colleaguesCase = this.data.enroll(this.colleaguesParticipant, this.project, this.colleague, start);
		this.nybroCase = this.data.enroll(this.data.participantIn(NYBRO, this.colleague, Gender.WOMAN), this.project,
				this.colleague, start);
		this.elsewhereCase = this.data.enroll(this.data.participantIn(KALMAR, this.colleague, Gender.MAN),
				this.otherProject, this.colleague, start);
	}

	@Test
	void theRowFormOfTheRuleReadsTheSameCasesAsTheUnion() {
		this.sharedCases.shareCase(this.colleaguesCase, new CaseStaffForm(this.coach, CaseRole.BUSINESS_COACH),
				this.data.scope(this.colleague));
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		this.data.addMembers(this.project, manager);
		UUID coordinator = this.data.coordinator(KALMAR);
		this.data.addMembers(this.project, coordinator);
		for (AccessScope scope : List.of(this.data.scope(this.coach), this.data.scope(this.colleague),
				this.data.scope(manager), this.data.scope(coordinator),
				this.data.scope(this.data.user(Role.STEERING_GROUP)))) {
			assertThat(casesWhere(CaseScope::visibleRow, scope)).as("%s", scope.role())
				.isEqualTo(casesWhere(CaseScope::visible, scope));
		}
		assertThat(casesWhere(CaseScope::visibleRow, this.data.scope(this.coach))).contains(this.ownCase,
				this.colleaguesCase);
	}

	private java.util.Set<UUID> casesWhere(
			java.util.function.BiFunction<AccessScope, java.util.Map<String, Object>, String> rule, AccessScope scope) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		String condition = rule.apply(scope, params);
		params.put("cases", List.of(this.ownCase, this.colleaguesCase, this.nybroCase, this.elsewhereCase));
		return java.util.Set
			.copyOf(this.jdbc.sql("select e.id from enrollment e where e.id in (:cases) and " + condition)
				.params(params)
				.query(UUID.class)
				.list());
	}

	@Test
	void staffReadTheirOwnCasesAndNotTheirColleagues() {
		AccessScope scope = this.data.scope(this.coach);

		assertThat(this.enrollments.get(this.ownCase, scope).id()).isEqualTo(this.ownCase);
		assertThatThrownBy(() -> this.enrollments.get(this.colleaguesCase, scope))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.participants.find(this.colleaguesParticipant, scope)).isEmpty();
		assertThat(this.enrollments.search(null, this.project, null, 0, scope)).extracting(EnrollmentView::id)
			.containsExactly(this.ownCase);
		assertThat(this.enrollments.ongoing(this.project, scope)).extracting(EnrollmentView::id)
			.containsExactly(this.ownCase);
	}

	@Test
	void aSharedCaseIsReadByEveryoneOnIt() {
		this.sharedCases.shareCase(this.colleaguesCase, new CaseStaffForm(this.coach, CaseRole.BUSINESS_COACH),
				this.data.scope(this.colleague));

		assertThat(this.enrollments.get(this.colleaguesCase, this.data.scope(this.coach)).id())
			.isEqualTo(this.colleaguesCase);
		assertThat(this.participants.find(this.colleaguesParticipant, this.data.scope(this.coach))).isPresent();
	}

	@Test
	void aMunicipalCoordinatorReadsTheProjectsParticipantsInTheirMunicipality() {
		UUID coordinator = this.data.coordinator(KALMAR);
		this.data.addMembers(this.project, coordinator);
		AccessScope scope = this.data.scope(coordinator);

		assertThat(scope.municipalityCode()).isEqualTo(KALMAR);
		assertThat(this.enrollments.search(null, null, null, 0, scope)).extracting(EnrollmentView::id)
			.containsExactlyInAnyOrder(this.ownCase, this.colleaguesCase);
		assertThatThrownBy(() -> this.enrollments.get(this.nybroCase, scope)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.enrollments.get(this.elsewhereCase, scope)).isInstanceOf(NotFoundException.class);
		assertThat(this.participants.search(null, 0, scope)).extracting(ParticipantSummary::id)
			.contains(this.colleaguesParticipant)
			.hasSize(2);
	}

	@Test
	void aProjectManagerReadsTheWholeProjectAndNoOther() {
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		this.data.addMembers(this.project, manager);
		AccessScope scope = this.data.scope(manager);

		assertThat(this.enrollments.search(null, null, null, 0, scope)).extracting(EnrollmentView::id)
			.containsExactlyInAnyOrder(this.ownCase, this.colleaguesCase, this.nybroCase);
		assertThatThrownBy(() -> this.enrollments.get(this.elsewhereCase, scope)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void anAdministratorReadsACaseOnlyWithACaseRoleOnIt() {
		UUID admin = this.data.user(Role.ADMINISTRATOR);

		assertThatThrownBy(() -> this.enrollments.get(this.ownCase, this.data.scope(admin)))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.participants.find(this.colleaguesParticipant, this.data.scope(admin))).isEmpty();

		this.sharedCases.shareCase(this.colleaguesCase, new CaseStaffForm(admin, CaseRole.OTHER_SPECIALIST),
				this.data.scope(this.colleague));

		assertThat(this.enrollments.get(this.colleaguesCase, this.data.scope(admin)).id())
			.isEqualTo(this.colleaguesCase);
		assertThatThrownBy(() -> this.enrollments.get(this.ownCase, this.data.scope(admin)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theAggregateRolesReadNoCaseInTheirOwnProject() {
		for (Role role : new Role[] { Role.STEERING_GROUP, Role.FINANCE, Role.EVALUATOR }) {
			UUID user = this.data.user(role);
			this.data.addMembers(this.project, user);
			AccessScope scope = this.data.scope(user);

			assertThat(this.enrollments.search(null, this.project, null, 0, scope)).as(role.name()).isEmpty();
			assertThat(this.participants.search(null, 0, scope)).as(role.name()).isEmpty();
			assertThatThrownBy(() -> this.enrollments.get(this.ownCase, scope)).as(role.name())
				.isInstanceOf(NotFoundException.class);
		}
	}

}
