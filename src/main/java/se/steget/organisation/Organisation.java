package se.steget.organisation;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import se.steget.core.OrganisationNumber;

/**
 * An organisation that owns, co-finances or takes part in projects, or employs
 * participants.
 */
class Organisation {

	@Id
	private UUID id;

	private String name;

	private OrganisationKind kind;

	private String organisationNumber;

	private String municipalityCode;

	@Version
	private Integer version;

	Organisation() {
	}

	static Organisation register(OrganisationForm form) {
		var organisation = new Organisation();
		organisation.id = UUID.randomUUID();
		organisation.update(form);
		return organisation;
	}

	void update(OrganisationForm form) {
		this.name = form.getName().strip();
		this.kind = form.getKind();
		this.organisationNumber = blankToNull(form.getOrganisationNumber());
		this.municipalityCode = blankToNull(form.getMunicipalityCode());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	UUID getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	OrganisationKind getKind() {
		return this.kind;
	}

	String getMunicipalityCode() {
		return this.municipalityCode;
	}

	String getOrganisationNumber() {
		return this.organisationNumber;
	}

	void normaliseNumber() {
		if (this.organisationNumber != null) {
			this.organisationNumber = OrganisationNumber.parse(this.organisationNumber).value();
		}
	}

}
