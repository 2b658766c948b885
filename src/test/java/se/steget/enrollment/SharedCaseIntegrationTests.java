package se.steget.enrollment;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.steget.TestData;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.core.NotFoundException;
import se.steget.participant.ParticipantManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * OPIS: an employment officer and a municipal coordinator share each participant, and a
 * psychologist from outside the project is called in.
 */
@SpringBootTest
class SharedCaseIntegrationTests {

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private SharedCaseManagement sharedCases;

	@Autowired
	private ParticipantManagement participants;

	@Autowired
	private TestData data;

	@Test
	void everyoneOnTheCaseSeesItInTheirCaseload() {
		UUID officer = this.data.user(Role.STAFF);
		UUID coordinator = this.data.user(Role.STAFF);
		UUID psychologist = this.data.user(Role.STAFF);
		UUID stranger = this.data.user(Role.STAFF);
		UUID project = this.data.project(officer, coordinator);
		UUID participant = this.data.participant(officer, Gender.WOMAN);
		UUID id = this.data.enroll(participant, project, officer, LocalDate.of(2025, 9, 1));

		this.sharedCases.shareCase(id, new CaseStaffForm(coordinator, CaseRole.MUNICIPAL_COORDINATOR),
				this.data.scope(officer));
		this.sharedCases.shareCase(id, new CaseStaffForm(psychologist, CaseRole.PSYCHOLOGIST),
				this.data.scope(officer));

		for (UUID staff : new UUID[] { officer, coordinator, psychologist }) {
			assertThat(this.enrollments.caseload(this.data.scope(staff))).extracting(EnrollmentView::id)
				.containsExactly(id);
		}
		assertThat(this.participants.find(participant, this.data.scope(psychologist))).isPresent();
		assertThat(this.sharedCases.caseStaff(id, this.data.scope(psychologist)))
			.extracting(CaseStaffView::userId, CaseStaffView::caseRole)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(coordinator, CaseRole.MUNICIPAL_COORDINATOR),
					org.assertj.core.groups.Tuple.tuple(psychologist, CaseRole.PSYCHOLOGIST));
		assertThatThrownBy(() -> this.enrollments.get(id, this.data.scope(stranger)))
			.isInstanceOf(NotFoundException.class);

		this.sharedCases.unshareCase(id, psychologist, this.data.scope(officer));
		assertThat(this.enrollments.caseload(this.data.scope(psychologist))).isEmpty();
		assertThatThrownBy(() -> this.enrollments.get(id, this.data.scope(psychologist)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void givesAStaffMemberOneRoleOnACase() {
		UUID officer = this.data.user(Role.STAFF);
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(officer, coach);
		UUID id = this.data.enroll(this.data.participant(officer, Gender.MAN), project, officer,
				LocalDate.of(2025, 9, 1));
		this.sharedCases.shareCase(id, new CaseStaffForm(coach, CaseRole.RESPONSIBLE_COACH), this.data.scope(officer));
		this.sharedCases.shareCase(id, new CaseStaffForm(coach, CaseRole.BUSINESS_COACH), this.data.scope(officer));

		assertThat(this.sharedCases.caseStaff(id, this.data.scope(officer))).extracting(CaseStaffView::caseRole)
			.containsExactly(CaseRole.BUSINESS_COACH);
	}

}
