package se.steget.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import se.steget.core.BirthRegion;
import se.steget.core.EducationLevel;
import se.steget.core.Gender;
import se.steget.core.GenderCounts;
import se.steget.enrollment.ExitReason;
import se.steget.outcome.Observation;
import se.steget.outcome.OutcomeKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every breakdown of the goal report adds up to its total, for any people, outcomes and
 * goals.
 */
class AttainmentPropertyTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Property(tries = 200)
	void theBreakdownsAndGendersAddUpToTheTotal(@ForAll("people") List<Starter> people, @ForAll("goals") Goal goal,
			@ForAll Breakdown breakdown, @ForAll long seed) {
		Map<UUID, List<Observation>> observations = observations(people, new java.util.Random(seed));

		Attainment attainment = Attainment.of(goal, null, people, observations, breakdown, TODAY);

		Tally total = attainment.byGender().total();
		Tally rows = attainment.rows().stream().map((r) -> r.tallies().total()).reduce(Tally.ZERO, Tally::plus);
		assertThat(rows).isEqualTo(total);
		assertThat(total.starters()).isEqualTo(people.size());
		assertThat(total.reached() + total.notReached() + total.unknown() + total.pending())
			.isEqualTo(total.population());
		assertThat(attainment.byGender().women().starters())
			.isEqualTo((int) people.stream().filter((p) -> p.gender() == Gender.WOMAN).count());
	}

	@Property(tries = 200)
	void everyoneWhoLeftIsInOneOutcomeGroup(@ForAll("people") List<Starter> people, @ForAll long seed) {
		ExitDistribution exits = GoalReport.exits(people, observations(people, new java.util.Random(seed)));

		long left = people.stream().filter((p) -> p.exitDate() != null).count();
		assertThat(exits.total().total()).isEqualTo(left);
		long byGroup = exits.groups().values().stream().mapToLong(GenderCounts::total).sum();
		assertThat(byGroup).isEqualTo(left);
	}

	@Property(tries = 200)
	void theFlowCountsEveryoneWhoLeftOnceByGender(@ForAll("people") List<Starter> people, @ForAll long seed) {
		List<FlowRow> flow = GoalReport.flow(people, observations(people, new java.util.Random(seed)), TODAY);

		GenderCounts total = flow.stream().map(FlowRow::counts).reduce(GenderCounts.ZERO, GenderCounts::plus);
		assertThat(total.total()).isEqualTo(people.stream().filter((p) -> p.exitDate() != null).count());
		assertThat(total.women())
			.isEqualTo(people.stream().filter((p) -> p.exitDate() != null && p.gender() == Gender.WOMAN).count());
		long notYet = flow.stream()
			.filter((row) -> row.after90Days() == null)
			.mapToLong((row) -> row.counts().total())
			.sum();
		assertThat(notYet).isEqualTo(people.stream()
			.filter((p) -> p.exitDate() != null && p.exitDate().plusDays(90).isAfter(TODAY))
			.count());
	}

	@Provide
	Arbitrary<List<Starter>> people() {
		Arbitrary<Starter> person = Combinators
			.combine(Arbitraries.of(Gender.class), Arbitraries.integers().between(16, 66),
					Arbitraries.of(BirthRegion.class).injectNull(0.2),
					Arbitraries.of(EducationLevel.class).injectNull(0.2), Arbitraries.of(true, false).injectNull(0.2),
					Arbitraries.of("0880", "1880", "0180"), Arbitraries.integers().between(-1, 700),
					Arbitraries.of(ExitReason.EMPLOYMENT, ExitReason.DROPOUT, ExitReason.STUDIES, ExitReason.OTHER))
			.as((gender, age, region, education, disability, municipality, daysAgo, reason) -> {
				LocalDate start = TODAY.minusDays(800);
				LocalDate exit = (daysAgo < 0) ? null : TODAY.minusDays(daysAgo);
				return new Starter(UUID.randomUUID(), UUID.randomUUID(), gender, start.minusYears(age), region,
						education, disability, 12, null, municipality, start, exit, (exit != null) ? reason : null,
						(daysAgo % 3 == 0) ? null : "Spår " + (daysAgo % 3));
			});
		return person.list().ofMaxSize(60);
	}

	@Provide
	Arbitrary<Goal> goals() {
		return Combinators
			.combine(Arbitraries.of(GoalPopulation.class), Arbitraries.of(GoalMeasure.class),
					Arbitraries.of(90, 182).injectNull(0.4))
			.as((population, measure, days) -> new Goal(UUID.randomUUID(), UUID.randomUUID(), "Mål", population, null,
					measure, GoalTemplates.WORK_OR_STUDIES, days, 50, 100));
	}

	private static Map<UUID, List<Observation>> observations(List<Starter> people, java.util.Random random) {
		Map<UUID, List<Observation>> observations = new HashMap<>();
		OutcomeKind[] kinds = OutcomeKind.values();
		for (Starter person : people) {
			if (person.exitDate() == null) {
				continue;
			}
			List<Observation> list = new ArrayList<>();
			for (int i = random.nextInt(4); i > 0; i--) {
				Integer point = List.of(0, 90, 182).get(random.nextInt(3));
				LocalDate on = person.exitDate().plusDays(random.nextInt(200));
				list.add(new Observation((point == 0) ? null : point, on, on.atTime(9, 0),
						kinds[random.nextInt(kinds.length)]));
			}
			observations.put(person.enrollmentId(), list);
		}
		return observations;
	}

}
