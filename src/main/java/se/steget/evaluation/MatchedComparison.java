package se.steget.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.core.Gender;
import se.steget.core.GenderCounts;
import se.steget.core.GenderTable;
import se.steget.core.NotFoundException;
import se.steget.core.ShownCounts;
import se.steget.core.SmallCells;
import se.steget.evaluation.ComparisonReport.EffectRow;
import se.steget.outcome.OutcomeGroup;
import se.steget.outcome.OutcomeKind;

/**
 * Compares a project's participants who have left with its comparison group, matched on
 * the situation at start ({@link ComparisonCovariates}, {@link PropensityMatching}), for
 * the project's managers, its steering group and its evaluator. A participant's outcome
 * at a horizon is the follow-up that many days after leaving; a comparison person's is
 * what their file says for that many days after their reference start, which whoever made
 * the file chose to stand for leaving.
 */
@Service
class MatchedComparison {

	private static final List<String> INTAKE_EXITS = List.of("DECLINED_AT_INTAKE", "WITHDREW_AT_INTAKE");

	private final PseudonymisedExtract extract;

	private final ComparisonGroupManagement groups;

	private final SmallCells smallCells;

	MatchedComparison(PseudonymisedExtract extract, ComparisonGroupManagement groups, SmallCells smallCells) {
		this.extract = extract;
		this.groups = groups;
		this.smallCells = smallCells;
	}

	/**
	 * Whether the user may see the project's comparison: managers, steering, evaluator.
	 */
	static boolean maySee(UUID projectId, AccessScope scope) {
		boolean role = scope.canManageProjects() || scope.role() == Role.STEERING_GROUP
				|| scope.role() == Role.EVALUATOR;
		return role && scope.canSeeProject(projectId);
	}

	ComparisonReport of(UUID projectId, AccessScope scope) {
		if (!maySee(projectId, scope)) {
			throw new NotFoundException("Project");
		}
		List<ComparisonGroupManagement.Recorded> group = this.groups.group(projectId);
		if (group.isEmpty()) {
			return ComparisonReport.none();
		}
		int threshold = this.smallCells.thresholdFor(!scope.canManageProjects());
		Map<String, OutcomeGroup[]> outcomes = new HashMap<>();
		List<MatchUnit> units = new ArrayList<>();
		GenderCounts left = GenderCounts.ZERO;
		GenderCounts notRecorded = GenderCounts.ZERO;
		for (ExtractRow row : this.extract.rowsOf(projectId)) {
			if (row.exitMonth() == null || INTAKE_EXITS.contains(row.exitReason())) {
				continue;
			}
			Gender gender = Gender.valueOf(row.gender());
			left = left.plus(gender, 1);
			Optional<MatchUnit> unit = ComparisonCovariates.participant(row);
			if (unit.isEmpty()) {
				notRecorded = notRecorded.plus(gender, 1);
				continue;
			}
			units.add(unit.get());
			outcomes.put(unit.get().id(), new OutcomeGroup[] { group(row.outcomeAfter90Days()),
					group(row.outcomeAfter182Days()), group(row.outcomeAfter365Days()) });
		}
		for (ComparisonGroupManagement.Recorded person : group) {
			MatchUnit unit = ComparisonCovariates.comparison(person);
			units.add(unit);
			outcomes.put(unit.id(),
					new OutcomeGroup[] { person.after90Days(), person.after182Days(), person.after365Days() });
		}
		if (units.stream().noneMatch(MatchUnit::treated)) {
			return new ComparisonReport(group.size(), Double.NaN,
					counts(left, GenderCounts.ZERO, GenderCounts.ZERO, notRecorded, threshold), List.of(), false,
					List.of(), threshold);
		}
		PropensityMatching.Result result = PropensityMatching.match(units);
		GenderCounts matched = byGender(result.pairs().stream().map(PropensityMatching.Pair::treated).toList());
		GenderCounts unmatched = byGender(result.unmatched());
		List<ShownCounts> counts = counts(left, matched, unmatched, notRecorded, threshold);
		return new ComparisonReport(group.size(), result.caliper(), counts,
				Balance.of(ComparisonCovariates.NAMES, units, result.pairs()), threshold <= 1,
				effects(result.pairs(), outcomes, counts.get(1), threshold), threshold);
	}

	/** Everyone who left, then the parts of them, small cells hidden. */
	private static List<ShownCounts> counts(GenderCounts left, GenderCounts matched, GenderCounts unmatched,
			GenderCounts notRecorded, int threshold) {
		List<ShownCounts> counts = new ArrayList<>();
		counts.add(GenderTable.row(left, threshold));
		counts.addAll(GenderTable.parts(List.of(matched, unmatched, notRecorded), left, threshold));
		return List.copyOf(counts);
	}

	/**
	 * The effects; where the count of matched people of a gender is hidden (it would give
	 * away a small count of those left out), so is the number of pairs its effect rests
	 * on, which would tell it as soon as everyone has an outcome.
	 */
	private static List<EffectRow> effects(List<PropensityMatching.Pair> pairs, Map<String, OutcomeGroup[]> outcomes,
			ShownCounts matched, int threshold) {
		List<EffectRow> rows = new ArrayList<>();
		for (int horizon = 0; horizon < ComparisonReport.HORIZONS.size(); horizon++) {
			int at = horizon;
			List<PropensityMatching.Pair> known = pairs.stream()
				.filter((p) -> outcomes.get(p.treated().id())[at] != null
						&& outcomes.get(p.comparison().id())[at] != null)
				.toList();
			ShownCounts shown = GenderTable.row(byGender(known.stream().map(PropensityMatching.Pair::treated).toList()),
					threshold);
			for (ComparedOutcome outcome : ComparedOutcome.values()) {
				Function<MatchUnit, Double> value = (u) -> outcome.counts(outcomes.get(u.id())[at]) ? 1.0 : 0.0;
				int days = ComparisonReport.HORIZONS.get(at);
				rows.add(row(days, outcome, null, known, value, !shown.totalHidden(), !matched.totalHidden()));
				rows.add(row(days, outcome, Gender.WOMAN, of(known, Gender.WOMAN), value, isShown(shown.women()),
						isShown(matched.women())));
				rows.add(row(days, outcome, Gender.MAN, of(known, Gender.MAN), value, isShown(shown.men()),
						isShown(matched.men())));
			}
		}
		return List.copyOf(rows);
	}

	private static EffectRow row(int days, ComparedOutcome outcome, Gender gender, List<PropensityMatching.Pair> pairs,
			Function<MatchUnit, Double> value, boolean shown, boolean pairsShown) {
		double[] treated = pairs.stream().mapToDouble((p) -> value.apply(p.treated())).toArray();
		double[] comparison = pairs.stream().mapToDouble((p) -> value.apply(p.comparison())).toArray();
		return new EffectRow(days, outcome, gender, pairs.size(), mean(treated), mean(comparison),
				Estimate.paired(treated, comparison), shown, shown && pairsShown);
	}

	private static List<PropensityMatching.Pair> of(List<PropensityMatching.Pair> pairs, Gender gender) {
		return pairs.stream().filter((p) -> ComparisonCovariates.gender(p.treated()).equals(gender.name())).toList();
	}

	private static GenderCounts byGender(List<MatchUnit> units) {
		GenderCounts counts = GenderCounts.ZERO;
		for (MatchUnit unit : units) {
			counts = counts.plus(Gender.valueOf(ComparisonCovariates.gender(unit)), 1);
		}
		return counts;
	}

	private static boolean isShown(String figure) {
		return !figure.isEmpty() && figure.chars().allMatch(Character::isDigit);
	}

	private static double mean(double[] values) {
		return java.util.Arrays.stream(values).average().orElse(Double.NaN);
	}

	private static OutcomeGroup group(String kind) {
		if (kind == null) {
			return null;
		}
		OutcomeGroup group = OutcomeKind.valueOf(kind).group();
		return (group == OutcomeGroup.UNKNOWN) ? null : group;
	}

}
