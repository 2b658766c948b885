package se.steget.reporting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import se.steget.core.Municipalities;
import se.steget.outcome.Observation;
import se.steget.project.PriorityGroupView;

/**
 * One goal's tallies over a set of starters: by gender, and by gender within each value
 * of the breakdown, so that the rows add up to the total.
 */
record Attainment(GenderTallies byGender, List<BreakdownRow> rows) {

	static Attainment of(Goal goal, PriorityGroupView group, List<Starter> starters,
			Map<UUID, List<Observation>> observations, Breakdown breakdown, LocalDate today) {
		GenderTallies total = GenderTallies.ZERO;
		Map<List<String>, GenderTallies> rows = new TreeMap<>((a, b) -> a.get(0).compareTo(b.get(0)));
		for (Starter person : starters) {
			GoalStatus status = GoalEvaluation.status(goal, group, person,
					observations.getOrDefault(person.enrollmentId(), List.of()), today);
			total = total.plus(person.gender(), status);
			rows.merge(label(person, breakdown), GenderTallies.ZERO.plus(person.gender(), status), Attainment::sum);
		}
		return new Attainment(total,
				rows.entrySet()
					.stream()
					.map((r) -> new BreakdownRow(r.getKey().get(1), r.getKey().get(2), r.getValue()))
					.toList());
	}

	/**
	 * The breakdown value: its sort key, its message key or null, and its text or null.
	 */
	private static List<String> label(Starter person, Breakdown breakdown) {
		return switch (breakdown) {
			case AGE_BAND -> {
				AgeBand band = AgeBand.of(person.ageAtStart());
				yield keyed(band.ordinal(), "ageBand." + band);
			}
			case OBSTACLE -> {
				Obstacle obstacle = Obstacle.of(person);
				yield keyed(obstacle.ordinal(), "obstacle." + obstacle);
			}
			case MUNICIPALITY -> (person.municipalityCode() != null)
					? named(Municipalities.nameOf(person.municipalityCode())) : keyed(999, "report.noMunicipality");
			case TRACK -> (person.trackName() != null) ? named(person.trackName()) : keyed(0, "report.noTrack");
		};
	}

	private static List<String> keyed(int order, String key) {
		return Arrays.asList(String.format("%03d", order), key, null);
	}

	private static List<String> named(String name) {
		return Arrays.asList("~" + name, null, name);
	}

	private static GenderTallies sum(GenderTallies a, GenderTallies b) {
		return new GenderTallies(a.women().plus(b.women()), a.men().plus(b.men()), a.others().plus(b.others()));
	}

}
