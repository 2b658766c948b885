package se.steget.matching;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.steget.TestData;
import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.core.RejectedInputException;
import se.steget.employer.EmploymentType;
import se.steget.employer.VacancyForm;
import se.steget.employer.VacancyManagement;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.EnrollmentStatus;
import se.steget.outcome.OutcomeKind;
import se.steget.outcome.OutcomeManagement;
import se.steget.outcome.OutcomeView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Matching both ways on real rows, within the user's scope, and a proposal from match to
 * hire and the outcome it records.
 */
@SpringBootTest
class MatchingIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	@Autowired
	private TestData data;

	@Autowired
	private JobProfileManagement profiles;

	@Autowired
	private MatchingManagement matching;

	@Autowired
	private ProposalManagement proposals;

	@Autowired
	private VacancyManagement vacancies;

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private OutcomeManagement outcomes;

	@Autowired
	private JdbcClient jdbc;

	private UUID coach;

	private UUID project;

	private UUID cook;

	private String occupation;

	@BeforeEach
	void aCookInKalmar() {
		this.coach = this.data.user(Role.STAFF);
		this.project = this.data.project(this.coach);
		this.cook = this.data.enroll(this.data.participantIn("0880", this.coach, Gender.WOMAN), this.project,
				this.coach, TODAY.minusDays(40));
		this.occupation = unusedOccupation();
		var profile = new JobProfileForm();
		profile.setOccupation1(this.occupation);
		profile.setExperience1(3);
		profile.setScopeMin(50);
		profile.setScopeMax(100);
		profile.setNoDrivingLicence(true);
		this.profiles.record(this.cook, profile, scope());
	}

	@Test
	void ranksTheExactOccupationInTheHomeMunicipalityFirstAndExplainsIt() {
		UUID employer = this.data.employer("Köket AB", "0880");
		UUID far = this.vacancies.publish(employer, vacancy(this.occupation, "1880"), scope());
		UUID home = this.vacancies.publish(employer, vacancy(this.occupation, "0880"), scope());
		UUID group = this.vacancies.publish(employer, vacancy(sameGroup(this.occupation), "0880"), scope());

		List<VacancyMatch> matches = this.matching.forEnrollment(this.cook, MatchFilter.NONE, scope());
		List<UUID> ours = matches.stream()
			.map((m) -> m.vacancy().id())
			.filter((id) -> List.of(far, home, group).contains(id))
			.toList();
		assertThat(ours).containsExactly(home, group, far);
		Match best = matches.stream().filter((m) -> m.vacancy().id().equals(home)).findFirst().orElseThrow().match();
		assertThat(best.factors()).extracting(Factor::kind, Factor::points)
			.startsWith(org.assertj.core.groups.Tuple.tuple(FactorKind.OCCUPATION, 40),
					org.assertj.core.groups.Tuple.tuple(FactorKind.PLACE, 25),
					org.assertj.core.groups.Tuple.tuple(FactorKind.SCOPE, 10));
		assertThat(best.points()).isEqualTo(75);
	}

	@Test
	void anUnmetMustHaveExcludesUnlessNearMissesAreAskedFor() {
		UUID employer = this.data.employer("Körkort AB", "0880");
		VacancyForm driving = vacancy(this.occupation, "0880");
		driving.setDrivingLicence("B");
		driving.setDrivingLicenceMustHave(true);
		UUID id = this.vacancies.publish(employer, driving, scope());

		assertThat(this.matching.forEnrollment(this.cook, MatchFilter.NONE, scope()))
			.noneMatch((m) -> m.vacancy().id().equals(id));
		assertThat(this.matching.forEnrollment(this.cook, new MatchFilter(null, null, null, null, true), scope()))
			.filteredOn((m) -> m.vacancy().id().equals(id))
			.singleElement()
			.satisfies((m) -> assertThat(m.match().excluded()).isTrue());
	}

	@Test
	void theIndexFollowsAClosedVacancy() {
		UUID employer = this.data.employer("Stängt AB", "0880");
		UUID id = this.vacancies.publish(employer, vacancy(this.occupation, "0880"), scope());
		assertThat(this.matching.forEnrollment(this.cook, MatchFilter.NONE, scope()))
			.anyMatch((m) -> m.vacancy().id().equals(id));
		this.vacancies.close(id, scope());
		assertThat(this.matching.forEnrollment(this.cook, MatchFilter.NONE, scope()))
			.noneMatch((m) -> m.vacancy().id().equals(id));
	}

	@Test
	void aVacancyShowsOnlyTheParticipantsTheUserMayRead() {
		UUID employer = this.data.employer("Kandidater AB", "0880");
		UUID id = this.vacancies.publish(employer, vacancy(this.occupation, "0880"), scope());

		assertThat(this.matching.forVacancy(id, MatchFilter.NONE, scope())).extracting(CandidateMatch::enrollmentId)
			.contains(this.cook);
		AccessScope colleague = this.data.scope(this.data.user(Role.STAFF));
		assertThat(this.matching.forVacancy(id, MatchFilter.NONE, colleague)).extracting(CandidateMatch::enrollmentId)
			.doesNotContain(this.cook);
	}

	@Test
	void aProposalForACaseOutsideTheScopeIsRefusedAndNothingSaved() {
		UUID employer = this.data.employer("Utanför AB", "0880");
		UUID id = this.vacancies.publish(employer, vacancy(this.occupation, "0880"), scope());
		AccessScope colleague = this.data.scope(this.data.user(Role.STAFF));
		assertThatThrownBy(() -> this.proposals.propose(id, this.cook, colleague))
			.isInstanceOfSatisfying(RejectedInputException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("enrollmentId");
				assertThat(ex.messageKey()).isEqualTo("error.notYourCase");
			});
		assertThat(this.proposals.ofVacancy(id, scope())).isEmpty();
	}

	@Test
	void aHireFillsAPositionAndRecordsWorkOutsideTheHomeMunicipality() {
		UUID employer = this.data.employer("Anställer AB", "0881");
		VacancyForm form = vacancy(this.occupation, "0881");
		form.setEmploymentType(EmploymentType.NEW_START_JOB);
		UUID id = this.vacancies.publish(employer, form, scope());
		UUID proposal = this.proposals.propose(id, this.cook, scope());
		assertThatThrownBy(() -> this.proposals.propose(id, this.cook, scope())).isInstanceOfSatisfying(
				RejectedInputException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("error.alreadyProposed"));

		advance(proposal, ProposalStatus.INTERVIEW);
		assertThatThrownBy(() -> advance(proposal, ProposalStatus.SENT)).isInstanceOfSatisfying(
				RejectedInputException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("error.proposalBackwards"));
		advance(proposal, ProposalStatus.HIRED);
		assertThat(this.vacancies.get(id, scope()).filled()).isEqualTo(1);
		assertThat(this.proposals.get(proposal, scope()).steps()).extracting(ProposalView.ProposalStepView::status)
			.containsExactly(ProposalStatus.PROPOSED, ProposalStatus.INTERVIEW, ProposalStatus.HIRED);

		var hire = new HireOutcomeForm();
		hire.setObservedOn(TODAY);
		this.proposals.recordOutcome(proposal, hire, scope());
		assertThat(this.enrollments.get(this.cook, scope()).status()).isEqualTo(EnrollmentStatus.EXITED);
		OutcomeView outcome = this.outcomes.ofEnrollment(this.cook, scope()).get(0);
		assertThat(outcome.kind()).isEqualTo(OutcomeKind.EMPLOYMENT);
		assertThat(outcome.outsideHomeMunicipality()).isTrue();
		assertThat(outcome.subsidised()).isTrue();
		assertThat(outcome.employerId()).isEqualTo(employer);
		assertThat(this.proposals.hiresAt(employer, scope())).extracting(ProposalView::id).containsExactly(proposal);
	}

	@Test
	void aHireOnAVacancyWithNoPositionLeftIsRefusedAndTheProposalStays() {
		UUID employer = this.data.employer("Fullt AB", "0880");
		UUID id = this.vacancies.publish(employer, vacancy(this.occupation, "0880"), scope());
		UUID other = this.data.enroll(this.data.participant(this.coach, Gender.MAN), this.project, this.coach,
				TODAY.minusDays(10));
		UUID first = this.proposals.propose(id, this.cook, scope());
		UUID second = this.proposals.propose(id, other, scope());
		advance(first, ProposalStatus.HIRED);

		assertThatThrownBy(() -> advance(second, ProposalStatus.HIRED)).isInstanceOfSatisfying(
				RejectedInputException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("error.noPositionsLeft"));
		assertThat(this.proposals.get(second, scope()).status()).isEqualTo(ProposalStatus.PROPOSED);
		assertThat(this.vacancies.get(id, scope()).filled()).isEqualTo(1);
	}

	@Test
	void aDeclineNeedsWhoAndWhy() {
		UUID employer = this.data.employer("Nej AB", "0880");
		UUID id = this.vacancies.publish(employer, vacancy(this.occupation, "0880"), scope());
		UUID proposal = this.proposals.propose(id, this.cook, scope());
		assertThatThrownBy(() -> advance(proposal, ProposalStatus.DECLINED)).isInstanceOfSatisfying(
				RejectedInputException.class,
				(ex) -> assertThat(ex.rejections()).extracting(RejectedInputException::field)
					.containsExactlyInAnyOrder("declinedBy", "reason"));
	}

	@Test
	void aStaleJobProfileEditIsRefused() {
		JobProfileForm first = JobProfileForm.of(this.profiles.get(this.cook, scope()));
		JobProfileForm second = JobProfileForm.of(this.profiles.get(this.cook, scope()));
		first.setSkills("kassa");
		this.profiles.record(this.cook, first, scope());
		second.setScopeMin(100);
		assertThatThrownBy(() -> this.profiles.record(this.cook, second, scope())).isInstanceOfSatisfying(
				RejectedInputException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("error.staleEdit"));
		assertThat(this.profiles.get(this.cook, scope()).skills()).containsExactly("kassa");
		assertThat(this.profiles.get(this.cook, scope()).scopeMin()).isEqualTo(50);
	}

	@Test
	void twoEditsOfOneProfileAtOnceSaveOneAndRefuseTheOther() throws Exception {
		JobProfileForm first = JobProfileForm.of(this.profiles.get(this.cook, scope()));
		JobProfileForm second = JobProfileForm.of(this.profiles.get(this.cook, scope()));
		first.setSkills("kassa");
		second.setSkills("truckkort");
		java.util.function.Function<JobProfileForm, java.util.concurrent.Callable<String>> saving = (form) -> () -> {
			try {
				this.profiles.record(this.cook, form, scope());
				return "saved";
			}
			catch (RejectedInputException ex) {
				return ex.messageKey();
			}
		};
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<String> results = new java.util.ArrayList<>();
			for (var future : pool.invokeAll(List.of(saving.apply(first), saving.apply(second)))) {
				results.add(future.get());
			}
			assertThat(results).containsExactlyInAnyOrder("saved", "error.staleEdit");
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void stoppingEarlyRanksTheSameAsScoringEveryCandidate() {
		UUID employer = this.data.employer("Jämförelsen AB", "0880");
		VacancyForm form = vacancy(this.occupation, "0880");
		form.setDrivingLicence("B");
		form.setLanguagesWanted("arabiska");
		UUID id = this.vacancies.publish(employer, form, scope());
		var random = new java.util.Random(14);
		List<String> codes = List.of(this.occupation, sameGroup(this.occupation),
				this.occupation.substring(0, 1) + "999");
		List<String> places = List.of("0880", "0881", "0680", "1880");
		for (int i = 0; i < 45; i++) {
			UUID enrollment = this.data.enroll(
					this.data.participantIn(places.get(random.nextInt(places.size())), this.coach, Gender.MAN),
					this.project, this.coach, TODAY.minusDays(5));
			var profile = new JobProfileForm();
			int kind = random.nextInt(4);
			if (kind < 3 && se.steget.core.Occupations.isKnown(codes.get(kind))) {
				profile.setOccupation1(codes.get(kind));
			}
			else if (kind < 3) {
				profile.setOccupation1(fieldOnly(this.occupation));
			}
			profile.setHomeMunicipality(random.nextBoolean());
			if (random.nextBoolean()) {
				profile.setMunicipalities(List.of(places.get(random.nextInt(places.size()))));
			}
			if (random.nextInt(3) == 0) {
				profile.setCounties(List.of("08"));
			}
			profile.setWholeCountry(random.nextInt(4) == 0);
			profile.setScopeMin(random.nextBoolean() ? 50 : null);
			profile.setScopeMax(profile.getScopeMin() == null ? null : 100);
			profile.setDrivingLicences(random.nextBoolean() ? "B" : null);
			profile.setLanguages(random.nextBoolean() ? "arabiska" : null);
			this.profiles.record(enrollment, profile, scope());
		}
		var vacancy = this.vacancies.get(id, scope());
		List<UUID> everyone = this.enrollments.ongoing(this.project, scope())
			.stream()
			.map((e) -> e.id())
			.filter((e) -> this.profiles.get(e, scope()).recorded())
			.filter((e) -> this.profiles.get(e, scope())
				.occupations()
				.stream()
				.allMatch((o) -> o.ssykCode().charAt(0) == this.occupation.charAt(0)))
			.toList();
		java.util.Map<UUID, Match> scored = new java.util.HashMap<>();
		everyone.forEach((e) -> scored.put(e, this.matching.match(e, vacancy, scope())));
		List<UUID> expected = everyone.stream()
			.filter((e) -> !scored.get(e).excluded())
			.sorted(java.util.Comparator.comparingInt((UUID e) -> scored.get(e).points())
				.reversed()
				.thenComparing(java.util.Comparator.comparingInt((UUID e) -> scored.get(e).confidence()).reversed())
				.thenComparing((UUID e) -> e))
			.limit(MatchingManagement.TOP)
			.toList();
		assertThat(everyone).hasSizeGreaterThan(MatchingManagement.TOP);
		assertThat(this.matching.forVacancy(id, MatchFilter.NONE, scope())).extracting(CandidateMatch::enrollmentId)
			.containsExactlyElementsOf(expected);
	}

	/** An occupation in the same field but another minor group. */
	private static String fieldOnly(String code) {
		return se.steget.core.Occupations.all()
			.stream()
			.map(se.steget.core.Occupation::code)
			.filter((c) -> c.charAt(0) == code.charAt(0) && !c.regionMatches(0, code, 0, 3))
			.findFirst()
			.orElseThrow();
	}

	private void advance(UUID proposal, ProposalStatus status) {
		this.proposals.advance(proposal, new ProposalStepForm(status, TODAY), scope());
	}

	/**
	 * An occupation no other test's vacancy has, so that the shared database's other
	 * vacancies rank below these.
	 */
	private String unusedOccupation() {
		List<String> used = this.jdbc.sql("select distinct ssyk_code from vacancy").query(String.class).list();
		return se.steget.core.Occupations.all()
			.stream()
			.map(se.steget.core.Occupation::code)
			.filter((c) -> c.startsWith("5") || c.startsWith("7") || c.startsWith("9"))
			.filter((c) -> used.stream().noneMatch((u) -> u.strip().regionMatches(0, c, 0, 3)))
			.filter((c) -> se.steget.core.Occupations.all()
				.stream()
				.anyMatch((o) -> !o.code().equals(c) && o.code().regionMatches(0, c, 0, 3)))
			.findFirst()
			.orElseThrow();
	}

	private static String sameGroup(String code) {
		return se.steget.core.Occupations.all()
			.stream()
			.map(se.steget.core.Occupation::code)
			.filter((c) -> !c.equals(code) && c.regionMatches(0, code, 0, 3))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No other occupation in the group of " + code));
	}

	private VacancyForm vacancy(String ssyk, String municipality) {
		var form = new VacancyForm();
		form.setTitle("Jobb " + ssyk + " i " + municipality);
		form.setSsykCode(ssyk);
		form.setMunicipalityCode(municipality);
		form.setPublishedOn(TODAY);
		form.setExternalId("af-" + UUID.randomUUID());
		return form;
	}

	private AccessScope scope() {
		return this.data.scope(this.coach);
	}

}
