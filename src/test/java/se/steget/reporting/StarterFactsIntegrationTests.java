package se.steget.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import se.steget.TestData;
import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.ExitForm;
import se.steget.enrollment.ExitReason;
import se.steget.outcome.OutcomeForm;
import se.steget.outcome.OutcomeKind;
import se.steget.outcome.OutcomeManagement;
import se.steget.outcome.OutcomeSource;
import se.steget.outcome.OutcomeView;
import se.steget.participant.ParticipantForm;
import se.steget.participant.ParticipantManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The goal report's summary follows every change to the cases in the same transaction,
 * and always equals what a rebuild from the cases gives.
 */
@SpringBootTest
class StarterFactsIntegrationTests {

	private static final LocalDate START = LocalDate.of(2025, 3, 3);

	@Autowired
	private OutcomeCube cube;

	@Autowired
	private StarterFacts facts;

	@Autowired
	private EnrollmentManagement enrollments;

	@Autowired
	private OutcomeManagement outcomes;

	@Autowired
	private ParticipantManagement participants;

	@Autowired
	private TestData data;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void theCountsFollowEnrollmentsExitsOutcomesAndChangedPeople() {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		AccessScope scope = new AccessScope(coach, Role.PROJECT_MANAGER, Set.of(project));
		UUID anna = this.data.participant(coach, Gender.WOMAN);
		UUID bo = this.data.participant(coach, Gender.MAN);
		UUID annas = this.data.enroll(anna, project, coach, START);
		UUID bos = this.data.enroll(bo, project, coach, START);

		assertThat(totals(scope)).containsExactly(2L, 0L, 0L, 0L);

		leave(annas, coach, START.plusDays(60));
		record(annas, coach, START.plusDays(62), OutcomeKind.JOB_SEARCHING);
		record(annas, coach, START.plusDays(70), OutcomeKind.EMPLOYMENT);
		record(annas, coach, START.plusDays(120), OutcomeKind.REGULAR_STUDIES);
		leave(bos, coach, START.plusDays(30));
		UUID bosStudies = record(bos, coach, START.plusDays(31), OutcomeKind.REGULAR_STUDIES);

		assertThat(totals(scope)).containsExactly(2L, 2L, 1L, 1L);
		assertThat(this.cube.cells(scope)).filteredOn((c) -> c.gender() == Gender.WOMAN)
			.singleElement()
			.satisfies((c) -> assertThat(c.toWork()).isOne());

		this.outcomes.delete(bos, bosStudies, null, this.data.scope(coach));
		ParticipantForm moved = this.data.participantForm(Gender.MAN);
		moved
			.setPersonalIdentityNumber(this.participants.revealed(bo, this.data.scope(coach)).personalIdentityNumber());
		moved.setMunicipalityCode("0881");
		moved.setDisability(true);
		this.participants.update(bo, moved, this.data.scope(coach));

		assertThat(totals(scope)).containsExactly(2L, 2L, 1L, 0L);
		assertThat(this.cube.cells(scope)).filteredOn((c) -> c.gender() == Gender.MAN)
			.singleElement()
			.satisfies((c) -> {
				assertThat(c.municipalityCode()).isEqualTo("0881");
				assertThat(c.obstacle()).isEqualTo(Obstacle.DISABILITY);
			});

		var corrected = new ExitForm();
		corrected.setExitDate(START.plusDays(75));
		corrected.setExitReason(ExitReason.COMPLETED);
		corrected.setCorrectionReason("Fel datum");
		this.enrollments.correctExit(annas, corrected, this.data.scope(coach));
		this.enrollments.undoExit(bos, "Avslutad av misstag", null, this.data.scope(coach));

		assertThat(totals(scope)).containsExactly(2L, 1L, 0L, 0L);

		List<OutcomeCell> kept = this.cube.cells(scope);
		this.facts.rebuild();
		assertThat(this.cube.cells(scope)).isEqualTo(kept);
	}

	@Test
	void countsKeptAfterBulkWorkEqualARebuildAndLeaveOutWhatASavepointUndid() {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		AccessScope scope = new AccessScope(coach, Role.PROJECT_MANAGER, Set.of(project));
		UUID anna = this.data.participant(coach, Gender.WOMAN);
		UUID bo = this.data.participant(coach, Gender.MAN);
		UUID cecilia = this.data.participant(coach, Gender.WOMAN);
		UUID annas = this.data.enroll(anna, project, coach, START);
		var savepoint = new TransactionTemplate(this.transactions.getTransactionManager());
		savepoint.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_NESTED);

		this.transactions.executeWithoutResult((tx) -> this.facts.keptAfter(() -> {
			UUID bos = this.data.enroll(bo, project, coach, START);
			leave(annas, coach, START.plusDays(60));
			record(annas, coach, START.plusDays(62), OutcomeKind.EMPLOYMENT);
			leave(bos, coach, START.plusDays(20));
			savepoint.executeWithoutResult((undone) -> {
				this.data.enroll(cecilia, project, coach, START);
				undone.setRollbackOnly();
			});
			assertThat(totals(scope)).as("counted at the end").containsExactly(1L, 0L, 0L, 0L);
			return bos;
		}));

		assertThat(totals(scope)).containsExactly(2L, 2L, 1L, 0L);
		List<OutcomeCell> kept = this.cube.cells(scope);
		this.facts.rebuild();
		assertThat(this.cube.cells(scope)).isEqualTo(kept);
	}

	@Test
	void twoTransactionsMakingTheSameNewCountBothCount() throws Exception {
		UUID coach = this.data.user(Role.STAFF);
		UUID project = this.data.project(coach);
		AccessScope scope = new AccessScope(coach, Role.PROJECT_MANAGER, Set.of(project));
		UUID first = this.data.enroll(this.data.participant(coach, Gender.WOMAN), project, coach, START);
		UUID second = this.data.enroll(this.data.participant(coach, Gender.WOMAN), project, coach, START);
		this.jdbc.sql("delete from starter_fact where project_id = ?").param(project).update();
		this.jdbc.sql("delete from outcome_summary where project_id = ?").param(project).update();
		var firstCounted = new CountDownLatch(1);
		var secondStarted = new CountDownLatch(1);

		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Future<?> firstCommits = pool.submit(() -> this.transactions.executeWithoutResult((status) -> {
				this.facts.refresh(first);
				firstCounted.countDown();
				await(secondStarted);
				sleep();
			}));
			await(firstCounted);
			this.transactions.executeWithoutResult((status) -> {
				secondStarted.countDown();
				this.facts.refresh(second);
			});
			firstCommits.get(30, TimeUnit.SECONDS);
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(this.cube.cells(scope)).extracting(OutcomeCell::starters).containsExactly(2L);
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Long enough for the other transaction to reach its insert and wait on this one. */
	private static void sleep() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Starters, leavers, to work and to studies of the project. */
	private List<Long> totals(AccessScope scope) {
		List<OutcomeCell> cells = this.cube.cells(scope);
		return List.of(cells.stream().mapToLong(OutcomeCell::starters).sum(),
				cells.stream().mapToLong(OutcomeCell::leavers).sum(),
				cells.stream().mapToLong(OutcomeCell::toWork).sum(),
				cells.stream().mapToLong(OutcomeCell::toStudies).sum());
	}

	private void leave(UUID enrollment, UUID coach, LocalDate on) {
		var exit = new ExitForm();
		exit.setExitDate(on);
		exit.setExitReason(ExitReason.COMPLETED);
		this.enrollments.exit(enrollment, exit, this.data.scope(coach));
	}

	private UUID record(UUID enrollment, UUID coach, LocalDate on, OutcomeKind kind) {
		return this.outcomes.record(enrollment, new OutcomeForm(null, on, kind, OutcomeSource.PHONE_CALL), coach,
				this.data.scope(coach));
	}

}
