package se.steget.activity;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import se.steget.core.Gender;

/**
 * Every participant's hours in one month of a project.
 */
public record ProjectHours(String projectName, YearMonth month, List<ParticipantHours> participants) {

	public BigDecimal total(Gender gender) {
		return this.participants.stream()
			.filter((p) -> p.gender() == gender)
			.map(ParticipantHours::total)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public long count(Gender gender) {
		return this.participants.stream().filter((p) -> p.gender() == gender).count();
	}

	public BigDecimal total() {
		return this.participants.stream().map(ParticipantHours::total).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
