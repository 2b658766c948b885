package se.steget.core;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How small a count of people may be before aggregate views hide it; one setting for
 * every page, report and export that counts people.
 *
 * @param smallCellThreshold counts from 1 to below this number are hidden from users who
 * see aggregates only ({@code steget.small-cell-threshold})
 */
@ConfigurationProperties("steget")
public record SmallCells(@DefaultValue("5") int smallCellThreshold) {

	/**
	 * The threshold for a user: counts below it are hidden when they see suppressed
	 * figures only; for everyone else 1, which hides nothing.
	 */
	public int thresholdFor(boolean suppressed) {
		return suppressed ? this.smallCellThreshold : 1;
	}

}
