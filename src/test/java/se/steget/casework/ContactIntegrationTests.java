package se.steget.casework;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
import se.steget.core.RejectedInputException;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.EnrollmentView;
import se.steget.enrollment.PathManagement;
import se.steget.enrollment.TimelineEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ContactIntegrationTests {

	private static final LocalDateTime NOW = LocalDateTime.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	private ContactManagement contacts;

	@Autowired
	private PathManagement paths;

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private TestData data;

	private UUID coach;

	private UUID enrollment;

	@BeforeEach
	void aCaseTwentyDaysOld() {
		this.coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(this.coach);
		this.enrollment = this.data.enroll(this.data.participant(this.coach, Gender.WOMAN), project, this.coach,
				NOW.toLocalDate().minusDays(20));
	}

	@Test
	void showsTheDaysSinceTheLatestContactOnTheCaseload() {
		assertThat(caseloadRow().daysSinceContact()).isEqualTo(20);
		assertThat(caseloadRow().contactOverdue()).isTrue();

		this.contacts.log(this.enrollment, phoneCall(NOW.minusDays(5)), scope());
		UUID latest = this.contacts.log(this.enrollment, phoneCall(NOW.minusDays(2)), scope());
		assertThat(caseloadRow().daysSinceContact()).isEqualTo(2);
		assertThat(caseloadRow().contactOverdue()).isFalse();

		this.contacts.delete(this.enrollment, latest, null, scope());
		assertThat(caseloadRow().daysSinceContact()).isEqualTo(5);
		assertThat(caseloadRow().contactOverdue()).isTrue();
		assertThat(this.contacts.ofEnrollment(this.enrollment, scope())).hasSize(1);
	}

	@Test
	void refusesAContactInTheFutureOrBeforeTheEnrollmentAndSavesNothing() {
		assertThatThrownBy(() -> this.contacts.log(this.enrollment, phoneCall(NOW.plusHours(2)), scope()))
			.isInstanceOfSatisfying(RejectedInputException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.dateInFuture"));
		assertThatThrownBy(() -> this.contacts.log(this.enrollment, phoneCall(NOW.minusDays(21)), scope()))
			.isInstanceOfSatisfying(RejectedInputException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.contactBeforeStart"));
		assertThat(this.contacts.ofEnrollment(this.enrollment, scope())).isEmpty();
	}

	@Test
	void keepsTheLogToThoseWhoSeeTheCase() {
		UUID stranger = this.data.user(Role.STAFF);
		assertThatThrownBy(() -> this.contacts.log(this.enrollment, phoneCall(NOW), this.data.scope(stranger)))
			.isInstanceOf(NotFoundException.class);
		UUID id = this.contacts.log(this.enrollment, phoneCall(NOW.minusHours(1)), scope());
		assertThatThrownBy(() -> this.contacts.delete(this.enrollment, id, null, this.data.scope(stranger)))
			.isInstanceOf(NotFoundException.class);
		UUID participant = caseloadRow().participantId();
		assertThat(this.paths.timeline(participant, scope())).extracting(TimelineEvent::kind)
			.contains(TimelineEvent.Kind.CONTACT);
		assertThat(this.paths.timeline(participant, this.data.scope(stranger))).isEmpty();
	}

	private ContactForm phoneCall(LocalDateTime at) {
		var form = new ContactForm(at, ContactChannel.PHONE, ContactKind.SUPPORT_CONVERSATION, 15, this.coach);
		form.setNote("Pratade om praktikplatsen");
		return form;
	}

	private EnrollmentView caseloadRow() {
		return this.enrollments.caseload(scope())
			.stream()
			.filter((e) -> e.id().equals(this.enrollment))
			.findFirst()
			.orElseThrow();
	}

	private AccessScope scope() {
		return this.data.scope(this.coach);
	}

}
