package se.steget.organisation;

import java.util.UUID;

import se.steget.core.Municipalities;

/**
 * An organisation as pages and the API show it.
 */
public record OrganisationView(UUID id, String name, OrganisationKind kind, String organisationNumber,
		String municipalityCode, Integer version) {

	public String municipalityName() {
		return (this.municipalityCode == null) ? null : Municipalities.nameOf(this.municipalityCode);
	}

	public String formattedNumber() {
		return (this.organisationNumber == null) ? null
				: this.organisationNumber.substring(0, 6) + "-" + this.organisationNumber.substring(6);
	}

}
