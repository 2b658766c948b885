package se.steget.employer;

import java.util.UUID;

import se.steget.core.Municipalities;

/**
 * A place where an employer's people work: its address and municipality, or its country
 * when abroad.
 */
public record WorkplaceView(UUID id, UUID employerId, String name, String address, String municipalityCode,
		String country) {

	static final String SELECT = "select id, employer_id, name, address, municipality_code, country from workplace";

	public String municipalityName() {
		return (this.municipalityCode == null) ? null : Municipalities.nameOf(this.municipalityCode);
	}

}
