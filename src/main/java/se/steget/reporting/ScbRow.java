package se.steget.reporting;

import java.time.LocalDate;

/**
 * One participant who started or ended in the month, as Statistics Sweden gets it.
 *
 * @param personalIdentityNumber the number, or the placeholder for protected identity
 * @param endDate the end, when it falls in or before the month
 */
public record ScbRow(String personalIdentityNumber, LocalDate startDate, LocalDate endDate) {

	String line() {
		return this.personalIdentityNumber + ";" + this.startDate + ";" + ((this.endDate != null) ? this.endDate : "");
	}

}
