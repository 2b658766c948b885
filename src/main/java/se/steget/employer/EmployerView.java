package se.steget.employer;

import java.util.UUID;

/**
 * An employer as lists, pages and the API show it.
 */
public record EmployerView(UUID id, String organisationNumber, String name, String sniCode, Integer version) {

	static final String SELECT = "select id, organisation_number, name, sni_code, version from employer";

	public String formattedNumber() {
		return (this.organisationNumber == null) ? null
				: this.organisationNumber.substring(0, 6) + "-" + this.organisationNumber.substring(6);
	}

}
