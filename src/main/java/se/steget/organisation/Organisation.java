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

	static Organisation register(OrganisationDetails details) {
		var organisation = new Organisation();
		organisation.id = UUID.randomUUID();
		organisation.update(details);
		return organisation;
	}

	void update(OrganisationDetails details) {
		this.name = details.name();
		this.kind = details.kind();
		this.organisationNumber = details.organisationNumber();
		this.municipalityCode = details.municipalityCode();
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

	Integer getVersion() {
		return this.version;
	}

}
