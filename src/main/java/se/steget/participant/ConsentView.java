package se.steget.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the participant was told and agreed to; after a withdrawal the person is
 * anonymised.
 */
public record ConsentView(LocalDate informedOn, LocalDate registrationConsentOn, LocalDate sharingConsentOn,
		LocalDate withdrawnOn, List<UUID> organisationIds, List<String> organisationNames) {

	public boolean withdrawn() {
		return this.withdrawnOn != null;
	}

}
