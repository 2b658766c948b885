package se.steget.matching;

import java.util.List;

/**
 * One factor of a match: how it came out, the points it gives of the most it could, why
 * (a message key {@code match.reason.REASON} with its values), and, for a requirement,
 * whether it is a must.
 */
public record Factor(FactorKind kind, Agreement agreement, int points, int maxPoints, String reason,
		List<String> values, boolean mustHave) {

	public Factor {
		values = List.copyOf(values);
	}

	static Factor of(FactorKind kind, Agreement agreement, int points, int maxPoints, String reason, String... values) {
		return new Factor(kind, agreement, points, maxPoints, reason, List.of(values), false);
	}

	Factor asMust(boolean must) {
		return new Factor(this.kind, this.agreement, this.points, this.maxPoints, this.reason, this.values, must);
	}

	/** The message key of the reason. */
	public String reasonKey() {
		return "match.reason." + this.reason;
	}

	public boolean known() {
		return this.agreement != Agreement.UNKNOWN;
	}

	/** A must-have requirement that is not met excludes the vacancy. */
	public boolean excludes() {
		return this.mustHave && this.agreement == Agreement.NOT_MET;
	}

}
