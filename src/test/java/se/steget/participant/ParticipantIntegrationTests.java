package se.steget.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.steget.TestData;
import se.steget.TestNumbers;
import se.steget.access.Role;
import se.steget.core.Difference;
import se.steget.core.Gender;
import se.steget.core.StaleEditException;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ParticipantIntegrationTests {

	@Autowired
	private ParticipantManagement participants;

	@Autowired
	private TestData data;

	@Test
	void storesTheNumberInTwelveDigitsAndDerivesTheBirthDate() {
		UUID coach = this.data.user(Role.STAFF);
		String number = TestNumbers.next();
		var form = new ParticipantForm(number.substring(2).replace("-", ""), " Anna ", "Testsson", Gender.WOMAN, "0880",
				false);
		UUID id = this.participants.register(form, this.data.scope(coach));

		ParticipantSummary stored = this.participants.get(id, this.data.scope(coach));
		assertThat(stored.personalIdentityNumber()).isEqualTo(number.replace("-", ""));
		assertThat(stored.birthDate()).isEqualTo(
				LocalDate.parse(number.substring(0, 4) + "-" + number.substring(4, 6) + "-" + number.substring(6, 8)));
		assertThat(stored.name()).isEqualTo("Anna Testsson");
		assertThat(stored.municipalityName()).isEqualTo("Kalmar");
	}

	@Test
	void findsByNameOrNumberAndNothingElse() {
		UUID coach = this.data.user(Role.STAFF);
		var form = this.data.participantForm(Gender.WOMAN);
		UUID id = this.participants.register(form, this.data.scope(coach));
		this.data.participant(coach, Gender.MAN);
		var scope = this.data.scope(coach);

		assertThat(this.participants.search(form.getLastName(), 0, scope).getContent())
			.extracting(ParticipantSummary::id)
			.containsExactly(id);
		assertThat(this.participants.search(form.getPersonalIdentityNumber(), 0, scope).getContent())
			.extracting(ParticipantSummary::id)
			.containsExactly(id);
		assertThat(this.participants.search("Ingen-sådan-person", 0, scope).getContent()).isEmpty();
		assertThat(this.participants.search("", 0, scope).getTotalElements()).isEqualTo(2);
	}

	@Test
	void registersManyAtOnceInOrderOrNoneWhenANumberOrExternalIdRepeats() {
		UUID coach = this.data.user(Role.STAFF);
		var scope = this.data.scope(coach);
		var first = this.data.participantForm(Gender.WOMAN);
		var second = this.data.participantForm(Gender.MAN);
		var sameAsFirst = this.data.participantForm(Gender.WOMAN);
		sameAsFirst.setPersonalIdentityNumber(first.getPersonalIdentityNumber().substring(2).replace("-", ""));
		assertThatThrownBy(() -> this.participants.registerAll(List.of(first, second, sameAsFirst), scope))
			.isInstanceOfSatisfying(RejectedInputException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("personalIdentityNumber");
				assertThat(ex.messageKey()).isEqualTo("error.participantExists.lookUp");
			});
		first.setExternalId("R-" + UUID.randomUUID());
		second.setExternalId(first.getExternalId());
		assertThatThrownBy(() -> this.participants.registerAll(List.of(first, second), scope)).isInstanceOfSatisfying(
				RejectedInputException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("error.externalIdTaken"));
		assertThat(this.participants.search(first.getPersonalIdentityNumber(), 0, scope).getContent()).isEmpty();
		assertThat(this.participants.search(second.getPersonalIdentityNumber(), 0, scope).getContent()).isEmpty();

		second.setExternalId(null);
		List<UUID> ids = this.participants.registerAll(List.of(first, second), scope);
		assertThat(ids).hasSize(2);
		assertThat(this.participants.get(ids.get(0), scope).name())
			.isEqualTo(first.getFirstName() + " " + first.getLastName());
		assertThat(this.participants.get(ids.get(1), scope).name())
			.isEqualTo(second.getFirstName() + " " + second.getLastName());
	}

	@Test
	void refusesAPersonWhoAlreadyExists() {
		UUID coach = this.data.user(Role.STAFF);
		var form = this.data.participantForm(Gender.MAN);
		this.participants.register(form, this.data.scope(coach));
		assertThatThrownBy(() -> this.participants.register(form, this.data.scope(coach)))
			.isInstanceOfSatisfying(RejectedInputException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("personalIdentityNumber");
				assertThat(ex.messageKey()).isEqualTo("error.participantExists.lookUp");
			});
	}

	@Test
	void hidesTheIdentityOfAProtectedPersonAndNeverFindsThemByName() {
		UUID coach = this.data.user(Role.STAFF);
		var form = this.data.participantForm(Gender.WOMAN);
		form.setProtectedIdentity(true);
		UUID id = this.participants.register(form, this.data.scope(coach));

		ParticipantSummary shown = this.participants.get(id, this.data.scope(coach));
		assertThat(shown.protectedIdentity()).isTrue();
		assertThat(shown.name()).isNull();
		assertThat(shown.personalIdentityNumber()).isNull();
		assertThat(shown.birthDate()).isNull();
		assertThat(shown.municipalityCode()).isNull();
		assertThat(shown.gender()).isEqualTo(Gender.WOMAN);
		assertThat(this.participants.search(form.getLastName(), 0, this.data.scope(coach)).getContent()).isEmpty();
		assertThat(this.participants.search("", 0, this.data.scope(coach)).getContent())
			.extracting(ParticipantSummary::id)
			.containsExactly(id);
	}

	@Test
	void keepsTheHiddenIdentityWhenAProtectedPersonIsEdited() {
		UUID coach = this.data.user(Role.STAFF);
		var form = this.data.participantForm(Gender.WOMAN);
		form.setProtectedIdentity(true);
		UUID id = this.participants.register(form, this.data.scope(coach));

		var edit = this.participants.editForm(id, this.data.scope(coach));
		assertThat(edit.getPersonalIdentityNumber()).isNull();
		edit.setGender(Gender.NOT_STATED);
		this.participants.update(id, edit, this.data.scope(coach));

		edit = this.participants.editForm(id, this.data.scope(coach));
		edit.setProtectedIdentity(false);
		this.participants.update(id, edit, this.data.scope(coach));
		ParticipantSummary shown = this.participants.get(id, this.data.scope(coach));
		assertThat(shown.name()).isEqualTo("Testa " + form.getLastName());
		assertThat(shown.gender()).isEqualTo(Gender.NOT_STATED);
	}

	@Test
	void aSaveFromAnOlderVersionIsRefusedAndTheNewerChangeStands() {
		UUID coach = this.data.user(Role.STAFF);
		UUID id = this.data.participant(coach, Gender.WOMAN);
		var first = this.participants.editForm(id, this.data.scope(coach));
		var second = this.participants.editForm(id, this.data.scope(coach));
		first.setMonthsUnemployed(30);
		this.participants.update(id, first, this.data.scope(coach));

		second.setMunicipalityCode("1880");
		assertThatThrownBy(() -> this.participants.update(id, second, this.data.scope(coach)))
			.isInstanceOf(StaleEditException.class);
		assertThat(this.participants.get(id, this.data.scope(coach)).monthsUnemployed()).isEqualTo(30);
		assertThat(this.participants.get(id, this.data.scope(coach)).municipalityCode()).isEqualTo("0880");
		assertThat(this.participants.differences(id, second, this.data.scope(coach))).extracting(Difference::labelKey)
			.containsExactlyInAnyOrder("participant.municipality", "participant.monthsUnemployed");
	}

	@Test
	void ofTwoSavesAtOnceFromTheSameVersionOneIsRefused() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID id = this.data.participant(coach, Gender.WOMAN);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		var start = new java.util.concurrent.CountDownLatch(1);
		List<java.util.concurrent.Future<Boolean>> saves = new java.util.ArrayList<>();
		for (int months : new int[] { 11, 22 }) {
			var form = this.participants.editForm(id, this.data.scope(coach));
			form.setMonthsUnemployed(months);
			saves.add(pool.submit(() -> {
				start.await();
				try {
					this.participants.update(id, form, this.data.scope(coach));
					return true;
				}
				catch (StaleEditException ex) {
					return false;
				}
			}));
		}
		start.countDown();
		int saved = 0;
		for (var save : saves) {
			saved += save.get() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(saved).isOne();
		assertThat(this.participants.get(id, this.data.scope(coach)).version()).isOne();
	}

	@Test
	void staffSeeTheirOwnRegistrationsAndTheirCasesOnly() {
		UUID coach = this.data.user(Role.STAFF);
		UUID colleague = this.data.user(Role.STAFF);
		UUID stranger = this.data.user(Role.STAFF);
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		UUID project = this.data.project(coach, colleague, manager);
		UUID participant = this.data.participant(coach, Gender.MAN);

		assertThat(this.participants.find(participant, this.data.scope(coach))).isPresent();
		assertThat(this.participants.find(participant, this.data.scope(colleague))).isEmpty();
		this.data.enroll(participant, project, coach, LocalDate.of(2025, 5, 1));
		assertThat(this.participants.find(participant, this.data.scope(coach))).isPresent();
		assertThat(this.participants.find(participant, this.data.scope(manager))).isPresent();
		assertThat(this.participants.find(participant, this.data.scope(colleague))).isEmpty();
		assertThatThrownBy(() -> this.participants.get(participant, this.data.scope(stranger)))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.participants.find(participant, this.data.admin())).isEmpty();
	}

}
