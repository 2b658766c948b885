package se.steget.employer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.steget.core.KnownMunicipality;

/**
 * What a user enters for a workplace: a name and address, and the municipality in Sweden
 * or the country abroad.
 */
public class WorkplaceForm {

	@NotBlank(message = "{error.required}")
	@Size(max = 200, message = "{error.tooLong}")
	private String name;

	@Size(max = 200, message = "{error.tooLong}")
	private String address;

	@KnownMunicipality
	private String municipalityCode;

	@Pattern(regexp = "[A-Z]{2}", message = "{error.country}")
	private String country = "SE";

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getMunicipalityCode() {
		return this.municipalityCode;
	}

	public void setMunicipalityCode(String municipalityCode) {
		this.municipalityCode = municipalityCode;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

}
