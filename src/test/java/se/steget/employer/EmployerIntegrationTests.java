package se.steget.employer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.steget.TestData;
import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.core.Erasure;
import se.steget.core.Gender;
import se.steget.core.NotFoundException;
import se.steget.core.PersonalData;
import se.steget.core.RejectedInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The employer register: duplicates refused, even two at once; the contact log and its
 * next steps; vacancies with every rule checked at once; positions never over-filled;
 * contact persons kept no longer than their retention.
 */
@SpringBootTest
class EmployerIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	private TestData data;

	@Autowired
	private EmployerManagement employers;

	@Autowired
	private EmployerContactManagement contacts;

	@Autowired
	private VacancyManagement vacancies;

	@Autowired
	private List<PersonalData> personalData;

	@Autowired
	private JdbcClient jdbc;

	private UUID coach;

	private UUID project;

	@BeforeEach
	void aBusinessCoachInAProject() {
		this.coach = this.data.user(Role.STAFF);
		this.project = this.data.project(this.coach);
	}

	@Test
	void registersAnEmployerAndRefusesItsNumberTwice() {
		String number = TestData.organisationNumber();
		UUID id = this.employers.register(new EmployerForm(number, "Bageriet i Nybro", "10710"), scope());
		assertThat(this.employers.get(id, scope()).name()).isEqualTo("Bageriet i Nybro");
		assertThat(this.employers.get(id, scope()).organisationNumber()).isEqualTo(number.replace("-", ""));

		assertThatThrownBy(
				() -> this.employers.register(new EmployerForm(number.replace("-", ""), "Kopian", null), scope()))
			.isInstanceOfSatisfying(RejectedInputException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("organisationNumber");
				assertThat(ex.messageKey()).isEqualTo("error.employerExists");
			});
		assertThat(this.employers.withNumber(number)).map(EmployerView::id).contains(id);
		assertThat(this.employers.search("Kopian", 0, scope()).getTotalElements()).isZero();
	}

	@Test
	void twoRegistrationsOfOneNumberAtOnceSaveOneAndRefuseTheOther() throws Exception {
		String number = TestData.organisationNumber();
		Callable<String> register = () -> {
			try {
				this.employers.register(new EmployerForm(number, "Samtidigt AB", null), scope());
				return "saved";
			}
			catch (RejectedInputException ex) {
				return ex.messageKey();
			}
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> results = pool.invokeAll(List.of(register, register));
			assertThat(List.of(results.get(0).get(), results.get(1).get())).containsExactlyInAnyOrder("saved",
					"error.employerExists");
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.jdbc.sql("select count(*) from employer where organisation_number = ?")
			.param(number.replace("-", ""))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theSteeringGroupSeesNoEmployerOrContactPerson() {
		UUID employer = this.data.employer("Styrd AB", "0880");
		AccessScope steering = this.data.scope(this.data.user(Role.STEERING_GROUP));
		assertThatThrownBy(() -> this.employers.get(employer, steering))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThatThrownBy(() -> this.employers.search("", 0, steering))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void logsASalesCallWithANextStepThatIsDueOnTheStartPageUntilDone() {
		UUID employer = this.data.employer("Säljet AB", "0880");
		var call = new EmployerContactForm(TODAY.minusDays(3), EmployerContactChannel.VISIT,
				EmployerContactPurpose.SALES_CALL, this.coach);
		call.setProjectId(this.project);
		call.setOutcome("Två praktikplatser i vår");
		call.setNextStep("Skicka förslag");
		call.setNextStepDue(TODAY.plusDays(2));
		UUID contact = this.contacts.log(employer, call, scope());

		assertThat(this.contacts.ofEmployer(employer, scope())).extracting(EmployerContactView::outcome)
			.containsExactly("Två praktikplatser i vår");
		assertThat(this.contacts.nextStepsDue(scope())).extracting(EmployerContactView::id).containsExactly(contact);
		this.contacts.completeNextStep(contact, scope());
		assertThat(this.contacts.nextStepsDue(scope())).isEmpty();
	}

	@Test
	void refusesAContactInTheFutureAJobAcquisitionForNoOneAndANextStepWithoutADay() {
		UUID employer = this.data.employer("Regler AB", "0880");
		var future = new EmployerContactForm(TODAY.plusDays(1), EmployerContactChannel.PHONE,
				EmployerContactPurpose.SALES_CALL, this.coach);
		assertThatThrownBy(() -> this.contacts.log(employer, future, scope())).isInstanceOfSatisfying(
				RejectedInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("contactedOn"));
		var forNoOne = new EmployerContactForm(TODAY, EmployerContactChannel.PHONE,
				EmployerContactPurpose.JOB_ACQUISITION, this.coach);
		assertThatThrownBy(() -> this.contacts.log(employer, forNoOne, scope())).isInstanceOfSatisfying(
				RejectedInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("enrollmentId"));
		var noDay = new EmployerContactForm(TODAY, EmployerContactChannel.PHONE, EmployerContactPurpose.SALES_CALL,
				this.coach);
		noDay.setNextStep("Ring igen");
		assertThatThrownBy(() -> this.contacts.log(employer, noDay, scope())).isInstanceOfSatisfying(
				RejectedInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("nextStepDue"));
		assertThat(this.contacts.ofEmployer(employer, scope())).isEmpty();
	}

	@Test
	void aJobAcquisitionNamesTheParticipantOnlyToThoseWhoReadTheCase() {
		UUID employer = this.data.employer("Ackvisition AB", "0880");
		UUID enrollment = this.data.enroll(this.data.participant(this.coach, Gender.WOMAN), this.project, this.coach,
				TODAY.minusDays(20));
		var acquisition = new EmployerContactForm(TODAY, EmployerContactChannel.PHONE,
				EmployerContactPurpose.JOB_ACQUISITION, this.coach);
		acquisition.setEnrollmentId(enrollment);
		this.contacts.log(employer, acquisition, scope());

		assertThat(this.contacts.ofEmployer(employer, scope())).singleElement()
			.satisfies((c) -> assertThat(c.participantName()).isNotNull());
		AccessScope colleague = this.data.scope(this.data.user(Role.STAFF));
		assertThat(this.contacts.ofEmployer(employer, colleague)).singleElement()
			.satisfies((c) -> assertThat(c.participantName()).isNull());
		assertThatThrownBy(() -> this.contacts.log(employer, acquisition, colleague))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void refusesAVacancyWithEveryBrokenRuleAtOnceAndSavesNothing() {
		UUID employer = this.data.employer("Trasigt AB", "0880");
		VacancyForm form = vacancy("9999");
		form.setScopeMin(100);
		form.setScopeMax(50);
		form.setDeadline(TODAY.minusDays(1));
		form.setMunicipalityCode(null);

		assertThatThrownBy(() -> this.vacancies.publish(employer, form, scope())).isInstanceOfSatisfying(
				RejectedInputException.class,
				(ex) -> assertThat(ex.rejections()).extracting(RejectedInputException::field)
					.containsExactlyInAnyOrder("ssykCode", "municipalityCode", "scopeMin", "deadline"));
		assertThat(this.vacancies.ofEmployer(employer, scope())).isEmpty();
	}

	@Test
	void aHiddenJobIsFoundInAContactWithThatEmployer() {
		UUID employer = this.data.employer("Dolt AB", "0880");
		VacancyForm hidden = vacancy("4322");
		hidden.setSource(VacancySource.HIDDEN);
		hidden.setExternalId(null);
		assertThatThrownBy(() -> this.vacancies.publish(employer, hidden, scope())).isInstanceOfSatisfying(
				RejectedInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("foundInContactId"));
		UUID other = this.data.employer("Annat AB", "0880");
		var call = new EmployerContactForm(TODAY, EmployerContactChannel.VISIT, EmployerContactPurpose.SALES_CALL,
				this.coach);
		UUID elsewhere = this.contacts.log(other, call, scope());
		hidden.setFoundInContactId(elsewhere);
		assertThatThrownBy(() -> this.vacancies.publish(employer, hidden, scope())).isInstanceOfSatisfying(
				RejectedInputException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("error.unknownEmployerContact"));
		hidden.setFoundInContactId(this.contacts.log(employer, call, scope()));
		UUID id = this.vacancies.publish(employer, hidden, scope());
		assertThat(this.vacancies.get(id, scope()).source()).isEqualTo(VacancySource.HIDDEN);
	}

	@Test
	void twoHiresAtOnceNeverFillMorePositionsThanThereAre() throws Exception {
		UUID employer = this.data.employer("En plats AB", "0880");
		UUID id = this.vacancies.publish(employer, vacancy("4322"), scope());
		Callable<String> fill = () -> {
			try {
				this.vacancies.fill(id);
				return "filled";
			}
			catch (RejectedInputException ex) {
				return ex.messageKey();
			}
		};
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<String> results = pool.invokeAll(List.of(fill, fill, fill, fill)).stream().map((f) -> {
				try {
					return f.get();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
			assertThat(results).filteredOn("filled"::equals).hasSize(1);
			assertThat(results).filteredOn("error.noPositionsLeft"::equals).hasSize(3);
		}
		finally {
			pool.shutdown();
		}
		VacancyView filled = this.vacancies.get(id, scope());
		assertThat(filled.filled()).isEqualTo(1);
		assertThat(filled.status()).isEqualTo(VacancyStatus.FILLED);
	}

	@Test
	void aStaleEditOfAVacancyIsRefused() {
		UUID employer = this.data.employer("Samtidig redigering AB", "0880");
		UUID id = this.vacancies.publish(employer, vacancy("4322"), scope());
		VacancyForm first = VacancyForm.of(this.vacancies.get(id, scope()));
		VacancyForm second = VacancyForm.of(this.vacancies.get(id, scope()));
		first.setTitle("Lagerarbetare, kväll");
		this.vacancies.update(id, first, scope());
		second.setPositions(3);
		assertThatThrownBy(() -> this.vacancies.update(id, second, scope())).isInstanceOfSatisfying(
				RejectedInputException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("error.staleEdit"));
		assertThat(this.vacancies.get(id, scope()).title()).isEqualTo("Lagerarbetare, kväll");
		assertThat(this.vacancies.get(id, scope()).positions()).isEqualTo(1);
	}

	@Test
	void aContactPersonIsKeptForTheirRetentionAndCanHaveAnExtract() {
		UUID employer = this.data.employer("Gallring AB", "0880");
		UUID old = this.data.contactPerson(employer, "Gammal Kontakt");
		UUID recent = this.data.contactPerson(employer, "Ny Kontakt");
		this.jdbc.sql("update employer_contact_person set added_on = ? where id = ?")
			.params(TODAY.minusMonths(30), old)
			.update();
		var call = new EmployerContactForm(TODAY, EmployerContactChannel.PHONE, EmployerContactPurpose.SALES_CALL,
				this.coach);
		call.setContactPersonId(recent);
		this.contacts.log(employer, call, scope());
		var extract = this.employers.contactPersonExtract(employer, recent, this.data.admin());
		assertThat(extract.get("contacts")).asList().hasSize(1);

		Erasure nightly = new Erasure(java.util.Set.of(), java.util.Set.of(), TODAY);
		assertThat(this.personalData).anySatisfy((module) -> assertThat(module.disposable(nightly))
			.containsEntry("contactPersons", 1L + otherExpired(old)));
		this.personalData.forEach((module) -> module.erase(nightly));
		assertThat(this.employers.contactPerson(old)).isEmpty();
		assertThat(this.employers.contactPerson(recent)).isPresent();
	}

	/** Contact persons other tests left past retention, which the erasure counts too. */
	private long otherExpired(UUID except) {
		return this.jdbc
			.sql("select count(*) from employer_contact_person where added_on < ? and id <> ?"
					+ " and not exists (select 1 from employer_contact c where c.contact_person_id ="
					+ " employer_contact_person.id and c.contacted_on >= ?)")
			.params(TODAY.minusMonths(24), except, TODAY.minusMonths(24))
			.query(Long.class)
			.single();
	}

	private VacancyForm vacancy(String ssyk) {
		var form = new VacancyForm();
		form.setTitle("Lagerarbetare");
		form.setSsykCode(ssyk);
		form.setMunicipalityCode("0880");
		form.setPublishedOn(TODAY);
		form.setExternalId("af-" + UUID.randomUUID());
		return form;
	}

	private AccessScope scope() {
		return this.data.scope(this.coach);
	}

}
