package se.steget.casework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A day's reported time as the time report page shows it.
 */
public record StaffTimeView(UUID id, LocalDate workDate, String projectName, StaffActivity activity, int minutes,
		String note, Integer version) {

	public BigDecimal hours() {
		return BigDecimal.valueOf(this.minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
	}

}
