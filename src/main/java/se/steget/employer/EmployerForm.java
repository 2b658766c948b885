package se.steget.employer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.steget.core.ValidOrganisationNumber;

/**
 * What a user enters for an employer, on the page and in the API.
 */
public class EmployerForm {

	@NotBlank(message = "{error.required}")
	@ValidOrganisationNumber
	private String organisationNumber;

	@NotBlank(message = "{error.required}")
	@Size(max = 200, message = "{error.tooLong}")
	private String name;

	@Pattern(regexp = "^$|\\d{5}", message = "{error.sniCode}")
	private String sniCode;

	private Integer version;

	public EmployerForm() {
	}

	public EmployerForm(String organisationNumber, String name, String sniCode) {
		this.organisationNumber = organisationNumber;
		this.name = name;
		this.sniCode = sniCode;
	}

	static EmployerForm of(EmployerView view) {
		var form = new EmployerForm(view.organisationNumber(), view.name(), view.sniCode());
		form.version = view.version();
		return form;
	}

	EmployerDetails details() {
		return new EmployerDetails(this.organisationNumber, this.name, this.sniCode);
	}

	public String getOrganisationNumber() {
		return this.organisationNumber;
	}

	public void setOrganisationNumber(String organisationNumber) {
		this.organisationNumber = organisationNumber;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSniCode() {
		return this.sniCode;
	}

	public void setSniCode(String sniCode) {
		this.sniCode = sniCode;
	}

	/** The version the user edited, so that a stale edit is refused. */
	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
