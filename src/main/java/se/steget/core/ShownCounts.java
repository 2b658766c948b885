package se.steget.core;

/**
 * A count by gender as an aggregate view shows it: each figure a number, {@code <5} for a
 * small count, or {@code ..} for a count hidden so that a small one cannot be worked out.
 */
public record ShownCounts(String women, String men, String others, String total) {

	/** Whether the total is hidden, so that a share of it must be hidden too. */
	public boolean totalHidden() {
		return !this.total.chars().allMatch(Character::isDigit);
	}

}
