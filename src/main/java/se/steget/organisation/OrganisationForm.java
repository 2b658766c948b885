package se.steget.organisation;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.steget.core.Difference;
import se.steget.core.KnownMunicipality;
import se.steget.core.Municipalities;
import se.steget.core.ValidOrganisationNumber;

/**
 * What a user enters for an organisation, on the page and in the API.
 */
public class OrganisationForm {

	@NotBlank(message = "{error.required}")
	@Size(max = 200, message = "{error.tooLong}")
	private String name;

	private Integer version;

	@NotNull(message = "{error.required}")
	private OrganisationKind kind;

	@ValidOrganisationNumber
	private String organisationNumber;

	@KnownMunicipality
	private String municipalityCode;

	public OrganisationForm() {
	}

	public OrganisationForm(String name, OrganisationKind kind, String organisationNumber, String municipalityCode) {
		this.name = name;
		this.kind = kind;
		this.organisationNumber = organisationNumber;
		this.municipalityCode = municipalityCode;
	}

	static OrganisationForm of(OrganisationView view) {
		var form = new OrganisationForm(view.name(), view.kind(), view.organisationNumber(), view.municipalityCode());
		form.version = view.version();
		return form;
	}

	OrganisationDetails details() {
		return new OrganisationDetails(this.name, this.kind, this.organisationNumber, this.municipalityCode);
	}

	/** The fields saved differently from what this form says, after a stale save. */
	List<Difference> differencesFrom(OrganisationForm saved) {
		return Difference.builder()
			.text("organisation.name", saved.name, this.name)
			.choice("organisation.kind", "organisationKind", saved.kind, this.kind)
			.text("organisation.organisationNumber", saved.organisationNumber, this.organisationNumber)
			.text("organisation.municipality", Municipalities.nameOf(saved.municipalityCode),
					Municipalities.nameOf(this.municipalityCode))
			.list();
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public OrganisationKind getKind() {
		return this.kind;
	}

	public void setKind(OrganisationKind kind) {
		this.kind = kind;
	}

	public String getOrganisationNumber() {
		return this.organisationNumber;
	}

	public void setOrganisationNumber(String organisationNumber) {
		this.organisationNumber = organisationNumber;
	}

	public String getMunicipalityCode() {
		return this.municipalityCode;
	}

	public void setMunicipalityCode(String municipalityCode) {
		this.municipalityCode = municipalityCode;
	}

	/** The version the form was loaded with; null when creating. */
	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
