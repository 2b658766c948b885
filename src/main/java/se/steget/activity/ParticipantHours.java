package se.steget.activity;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import se.steget.core.Gender;

/**
 * One participant's hours in a month, per kind of activity; name and number are null for
 * a person with protected identity.
 */
public record ParticipantHours(UUID enrollmentId, String name, String personalIdentityNumber, Gender gender,
		Map<ActivityKind, BigDecimal> byKind, int days) {

	ParticipantHours plus(ActivityKind kind, BigDecimal hours) {
		Map<ActivityKind, BigDecimal> sum = new EnumMap<>(ActivityKind.class);
		sum.putAll(this.byKind);
		sum.merge(kind, hours, BigDecimal::add);
		return new ParticipantHours(this.enrollmentId, this.name, this.personalIdentityNumber, this.gender, sum,
				this.days);
	}

	public BigDecimal hours(ActivityKind kind) {
		return this.byKind.getOrDefault(kind, BigDecimal.ZERO);
	}

	public BigDecimal total() {
		return this.byKind.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
