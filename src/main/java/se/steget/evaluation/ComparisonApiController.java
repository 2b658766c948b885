package se.steget.evaluation;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import se.steget.access.CurrentUser;
import se.steget.core.Gender;
import se.steget.core.ShownCounts;

/**
 * The matched comparison as JSON: the same figures as the page, hidden cells as null, and
 * no interval where there are too few pairs for one.
 */
@RestController
class ComparisonApiController {

	private final MatchedComparison comparison;

	private final CurrentUser currentUser;

	ComparisonApiController(MatchedComparison comparison, CurrentUser currentUser) {
		this.comparison = comparison;
		this.currentUser = currentUser;
	}

	@GetMapping("/api/v1/projects/{id}/comparison")
	Response show(@PathVariable UUID id) {
		ComparisonReport report = this.comparison.of(id, this.currentUser.scope());
		List<ShownCounts> counts = report.counts();
		return new Response(report.groupSize(), report.hasGroup() ? number(report.caliper()) : null,
				counts.isEmpty() ? null : new Counts(counts.get(0), counts.get(1), counts.get(2), counts.get(3)),
				report.balance()
					.stream()
					.map((b) -> new BalanceRow(b.covariate(), number(b.before()), number(b.after()), b.flagged()))
					.toList(),
				report.effects().stream().map(ComparisonApiController::effect).toList(), report.hasGroup());
	}

	private static Effect effect(ComparisonReport.EffectRow row) {
		if (!row.shown()) {
			return new Effect(row.days(), row.outcome(), row.gender(), null, null, null, null, null, null);
		}
		return new Effect(row.days(), row.outcome(), row.gender(), row.pairsShown() ? row.pairs() : null,
				number(row.participantShare()), number(row.comparisonShare()), number(row.estimate().difference()),
				number(row.estimate().lower()), number(row.estimate().upper()));
	}

	private static Double number(double value) {
		return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
	}

	/**
	 * @param effects false where there is no comparison group: the goal report's figures
	 * are then descriptive, not effects
	 */
	record Response(int comparisonGroupSize, Double caliper, Counts participants, List<BalanceRow> balance,
			List<Effect> effectRows, boolean effects) {

	}

	record Counts(ShownCounts left, ShownCounts matched, ShownCounts notMatched, ShownCounts notRecorded) {

	}

	record BalanceRow(String covariate, Double before, Double after, boolean aboveTenth) {

	}

	/** Shares and differences as fractions; gender null for everyone. */
	record Effect(int days, ComparedOutcome outcome, Gender gender, Integer pairs, Double participantShare,
			Double comparisonShare, Double difference, Double lower, Double upper) {

	}

}
