package se.steget.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import se.steget.core.GenderCounts;
import se.steget.core.GenderTable;
import se.steget.core.ShownCounts;

/**
 * Starters, leavers and where the leavers went upon leaving, across every project the
 * user sees, by obstacle at the start and gender, in one home municipality or all of
 * them.
 *
 * @param asOf the day the figures are for
 * @param municipalityCode the home municipality shown, or null for all
 * @param threshold counts below this are hidden (1 hides nothing)
 * @param rows one per obstacle group, then the total
 */
public record OutcomeOverview(LocalDate asOf, String municipalityCode, int threshold, List<Row> rows) {

	/** The counts of one obstacle group; the total row has no obstacle. */
	public record Row(Obstacle obstacle, GenderCounts starters, GenderCounts leavers, GenderCounts toWork,
			GenderCounts toStudies) {

		GenderCounts of(String measure) {
			return switch (measure) {
				case "starters" -> this.starters;
				case "leavers" -> this.leavers;
				case "toWork" -> this.toWork;
				case "toStudies" -> this.toStudies;
				default -> throw new IllegalArgumentException(measure);
			};
		}

		Row plus(OutcomeCell cell) {
			return new Row(this.obstacle, this.starters.plus(cell.gender(), cell.starters()),
					this.leavers.plus(cell.gender(), cell.leavers()), this.toWork.plus(cell.gender(), cell.toWork()),
					this.toStudies.plus(cell.gender(), cell.toStudies()));
		}

	}

	/**
	 * One measure's rows as an aggregate shows them, the total last: the obstacle groups
	 * are the parts of the total.
	 */
	public List<ShownCounts> shown(String measure) {
		List<GenderCounts> counts = this.rows.stream().map((row) -> row.of(measure)).toList();
		GenderCounts whole = counts.get(counts.size() - 1);
		List<ShownCounts> shown = new ArrayList<>(
				GenderTable.parts(counts.subList(0, counts.size() - 1), whole, this.threshold));
		shown.add(GenderTable.row(whole, this.threshold));
		return shown;
	}

	static OutcomeOverview of(List<OutcomeCell> cells, String municipalityCode, int threshold, LocalDate asOf) {
		Map<Obstacle, Row> byObstacle = new EnumMap<>(Obstacle.class);
		Row total = empty(null);
		for (Obstacle obstacle : Obstacle.values()) {
			byObstacle.put(obstacle, empty(obstacle));
		}
		for (OutcomeCell cell : cells) {
			if (municipalityCode == null || municipalityCode.equals(cell.municipalityCode())) {
				byObstacle.put(cell.obstacle(), byObstacle.get(cell.obstacle()).plus(cell));
				total = total.plus(cell);
			}
		}
		List<Row> rows = new ArrayList<>(byObstacle.values());
		rows.add(total);
		return new OutcomeOverview(asOf, municipalityCode, threshold, rows);
	}

	private static Row empty(Obstacle obstacle) {
		return new Row(obstacle, GenderCounts.ZERO, GenderCounts.ZERO, GenderCounts.ZERO, GenderCounts.ZERO);
	}

}
