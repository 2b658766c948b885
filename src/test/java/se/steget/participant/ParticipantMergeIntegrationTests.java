package se.steget.participant;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import se.steget.TestData;
import se.steget.TestNumbers;
import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.casework.ContactChannel;
import se.steget.casework.ContactForm;
import se.steget.casework.ContactKind;
import se.steget.casework.ContactManagement;
import se.steget.core.Gender;
import se.steget.core.RejectedInputException;
import se.steget.core.StaleEditException;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.ExitForm;
import se.steget.enrollment.ExitReason;
import se.steget.outcome.OutcomeForm;
import se.steget.outcome.OutcomeKind;
import se.steget.outcome.OutcomeManagement;
import se.steget.outcome.OutcomeSource;
import se.steget.reporting.Breakdown;
import se.steget.reporting.GoalReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two records of one person, each with an enrollment, a contact and an outcome, found by
 * the duplicate finder and merged field by field: everything moves to the kept person,
 * the goal report counts the same before and after, and the kept person's history and
 * register extract show the merge. A merge that would overlap two stays, a stale one, one
 * of a person with themselves and one by a coach are refused, with nothing changed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ParticipantMergeIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	private ParticipantMerge merges;

	@Autowired
	private ParticipantManagement participants;

	@Autowired
	private ParticipantPersonalData personalData;

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private ContactManagement contacts;

	@Autowired
	private OutcomeManagement outcomes;

	@Autowired
	private GoalReport report;

	@Autowired
	private TestData data;

	@Autowired
	private MockMvc mvc;

	@Test
	void twoRecordsOfOnePersonMergeIntoOneAndTheFiguresStayTheSame() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		UUID project = this.data.projectFrom("opis", coach, manager);
		List<String> numbers = TestNumbers.sameBirthDate(2);
		String surname = TestData.unique("Lind");
		UUID kept = person(numbers.get(0), "Åsa", surname, coach);
		UUID removed = person(numbers.get(1), "Åsa", surname + "h", coach);
		UUID earlier = leftForWork(kept, project, coach, TODAY.minusDays(400));
		UUID later = leftForWork(removed, project, coach, TODAY.minusDays(200));
		AccessScope managers = this.data.scope(manager);

		assertThat(this.merges.candidates(managers)).singleElement().satisfies((pair) -> {
			assertThat(Set.of(pair.first().id(), pair.second().id())).containsExactlyInAnyOrder(kept, removed);
			assertThat(pair.reason()).isEqualTo(DuplicatePair.Reason.SIMILAR_NAME);
		});
		String before = figures(project, managers);

		this.merges.merge(
				new MergeForm(kept, removed, version(kept, managers), version(removed, managers), Set.of("name")),
				managers);

		assertThat(this.participants.find(removed, managers)).isEmpty();
		assertThat(this.participants.get(kept, managers).name()).isEqualTo("Åsa " + surname + "h");
		assertThat(this.enrollments.ofParticipant(kept, managers)).extracting((e) -> e.id())
			.containsExactlyInAnyOrder(earlier, later);
		assertThat(this.contacts.ofEnrollment(later, managers)).hasSize(1);
		assertThat(figures(project, managers)).as("the goal report counts the same").isEqualTo(before);
		assertThat(this.merges.history(kept)).singleElement().satisfies((merge) -> {
			assertThat(merge.removedLastName()).isEqualTo(surname + "h");
			assertThat(merge.takenFields()).isEqualTo("name");
			assertThat(merge.movedEnrollments()).isEqualTo(1);
		});
		assertThat(this.personalData.describe(kept).get("merges")).hasSize(1);
		this.mvc.perform(get("/participants/{id}", kept).with(user(this.data.login(manager))))
			.andExpect(content().string(containsString("Sammanslagningar")))
			.andExpect(content().string(containsString("Åsa " + surname + "h slogs ihop")));
		assertThat(this.merges.candidates(managers)).isEmpty();
	}

	@Test
	void aMergeThatCannotBeIsRefusedAndChangesNothing() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		UUID project = this.data.project(coach, manager);
		List<String> numbers = TestNumbers.sameBirthDate(2);
		String surname = TestData.unique("Berg");
		UUID first = person(numbers.get(0), "Ali", surname, coach);
		UUID second = person(numbers.get(1), "Ali", surname, coach);
		this.data.enroll(first, project, coach, TODAY.minusDays(30));
		this.data.enroll(second, project, coach, TODAY.minusDays(10));
		AccessScope managers = this.data.scope(manager);
		Integer firstVersion = version(first, managers);
		Integer secondVersion = version(second, managers);

		assertThatThrownBy(
				() -> this.merges.merge(new MergeForm(first, second, firstVersion, secondVersion, Set.of()), managers))
			.isInstanceOfSatisfying(RejectedInputException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("participant.merge.overlap"));
		assertThatThrownBy(
				() -> this.merges.merge(new MergeForm(first, first, firstVersion, firstVersion, Set.of()), managers))
			.isInstanceOfSatisfying(RejectedInputException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("removedId"));
		assertThatThrownBy(() -> this.merges
			.merge(new MergeForm(first, second, firstVersion - 1, secondVersion, Set.of()), managers))
			.isInstanceOf(StaleEditException.class);
		assertThatThrownBy(() -> this.merges.merge(new MergeForm(first, second, firstVersion, secondVersion, Set.of()),
				this.data.scope(coach)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.participants.find(second, managers)).isPresent();
		assertThat(this.enrollments.ofParticipant(first, managers)).hasSize(1);

		this.mvc
			.perform(post("/api/v1/participants/merges").with(user(this.data.login(manager)))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"keptId\": \"" + first + "\", \"removedId\": \"" + second + "\", \"keptVersion\": "
						+ firstVersion + ", \"removedVersion\": " + secondVersion + ", \"fromRemoved\": [\"name\"]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("removedId"));
		this.mvc
			.perform(post("/participants/duplicates/merge").with(user(this.data.login(manager)))
				.with(csrf())
				.param("keptId", first.toString())
				.param("removedId", second.toString())
				.param("keptVersion", firstVersion.toString())
				.param("removedVersion", secondVersion.toString())
				.param("take.name", "removed"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("överlappar i tid")))
			.andExpect(content().string(containsString("id=\"take-name-kept\"")));
	}

	@Test
	void twoMergesOfThePairAtOnceLeaveOnePerson() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		UUID project = this.data.project(coach, manager);
		List<String> numbers = TestNumbers.sameBirthDate(2);
		String surname = TestData.unique("Samtidig");
		UUID first = person(numbers.get(0), "Bo", surname, coach);
		UUID second = person(numbers.get(1), "Bo", surname, coach);
		this.data.enroll(first, project, coach, TODAY.minusDays(300));
		UUID secondStay = this.data.enroll(second, project, coach, TODAY.minusDays(30));
		var exit = new ExitForm();
		exit.setExitDate(TODAY.minusDays(100));
		exit.setExitReason(ExitReason.COMPLETED);
		this.enrollments.exit(this.enrollments.ofParticipant(first, this.data.scope(coach)).get(0).id(), exit,
				this.data.scope(coach));
		AccessScope managers = this.data.scope(manager);
		Integer firstVersion = version(first, managers);
		Integer secondVersion = version(second, managers);

		List<Throwable> outcomes = se.steget.Races.race(List.of(() -> {
			this.merges.merge(new MergeForm(first, second, firstVersion, secondVersion, Set.of()), managers);
			return null;
		}, () -> {
			this.merges.merge(new MergeForm(second, first, secondVersion, firstVersion, Set.of()), managers);
			return null;
		}));

		assertThat(outcomes).as("one merge wins").containsOnlyOnce((Throwable) null);
		assertThat(outcomes).filteredOn((outcome) -> outcome != null)
			.singleElement()
			.isInstanceOfAny(RejectedInputException.class, se.steget.core.NotFoundException.class);
		long left = java.util.stream.Stream.of(first, second)
			.filter((id) -> this.participants.find(id, managers).isPresent())
			.count();
		assertThat(left).isEqualTo(1);
		UUID survivor = this.participants.find(first, managers).isPresent() ? first : second;
		assertThat(this.enrollments.ofParticipant(survivor, managers)).hasSize(2)
			.extracting((e) -> e.id())
			.contains(secondStay);
	}

	@Test
	void onlyAManagerWhoSeesBothReachesTheMerge() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID manager = this.data.user(Role.PROJECT_MANAGER);
		UUID otherManager = this.data.user(Role.PROJECT_MANAGER);
		this.data.project(otherManager);
		UUID project = this.data.project(coach, manager);
		List<String> numbers = TestNumbers.sameBirthDate(2);
		UUID first = person(numbers.get(0), "Eva", TestData.unique("Matris"), coach);
		UUID second = person(numbers.get(1), "Eva", TestData.unique("Matris"), coach);
		this.data.enroll(first, project, coach, TODAY.minusDays(30));
		String body = "{\"keptId\": \"" + first + "\", \"removedId\": \"" + second + "\"}";
		for (UUID who : List.of(coach, this.data.user(Role.STEERING_GROUP), this.data.user(Role.EVALUATOR),
				this.data.user(Role.FINANCE))) {
			var login = user(this.data.login(who));
			this.mvc.perform(get("/participants/duplicates").with(login)).andExpect(status().isForbidden());
			this.mvc
				.perform(get("/participants/duplicates/merge").param("kept", first.toString())
					.param("removed", second.toString())
					.with(login))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/participants/duplicates/merge").param("keptId", first.toString())
					.param("removedId", second.toString())
					.with(login)
					.with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/api/v1/participants/duplicates").with(login)).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/api/v1/participants/merges").with(login)
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isForbidden());
		}
		var outsider = user(this.data.login(otherManager));
		this.mvc
			.perform(get("/participants/duplicates/merge").param("kept", first.toString())
				.param("removed", second.toString())
				.with(outsider))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/participants/merges").with(outsider)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isNotFound());
		assertThat(this.participants.find(second, this.data.scope(coach))).isPresent();
	}

	private UUID person(String number, String firstName, String lastName, UUID by) {
		return this.participants.register(new ParticipantForm(number, firstName, lastName, Gender.WOMAN, "0880", false),
				this.data.scope(by));
	}

	/** An enrollment that ended in work, with a contact and the outcome at exit. */
	private UUID leftForWork(UUID participant, UUID project, UUID coach, LocalDate start) {
		UUID enrollment = this.data.enroll(participant, project, coach, start);
		this.contacts.log(enrollment, new ContactForm(start.plusDays(3).atTime(10, 0), ContactChannel.PHONE,
				ContactKind.SUPPORT_CONVERSATION, 15, coach), this.data.scope(coach));
		var exit = new ExitForm();
		exit.setExitDate(start.plusDays(100));
		exit.setExitReason(ExitReason.EMPLOYMENT);
		this.enrollments.exit(enrollment, exit, this.data.scope(coach));
		this.outcomes.record(enrollment,
				new OutcomeForm(null, start.plusDays(105), OutcomeKind.EMPLOYMENT, OutcomeSource.PHONE_CALL), coach,
				this.data.scope(coach));
		return enrollment;
	}

	private Integer version(UUID participant, AccessScope scope) {
		return this.participants.get(participant, scope).version();
	}

	/** Every goal's counts in the project's report, as one text to compare. */
	private String figures(UUID project, AccessScope scope) {
		return this.report.report(project, null, Breakdown.OBSTACLE, scope)
			.projects()
			.get(0)
			.goals()
			.stream()
			.map((goal) -> goal.goal().name() + " " + goal.total() + " " + goal.byGender())
			.toList()
			.toString();
	}

}
