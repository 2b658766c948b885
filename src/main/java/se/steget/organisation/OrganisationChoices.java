package se.steget.organisation;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.steget.access.OrganisationDirectory;

/** The organisations users may belong to, for the access module's user pages. */
@Component
class OrganisationChoices implements OrganisationDirectory {

	private final OrganisationManagement organisations;

	OrganisationChoices(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	@Override
	public List<Choice> all() {
		return this.organisations.all().stream().map((o) -> new Choice(o.id(), o.name())).toList();
	}

	@Override
	public boolean exists(UUID organisationId) {
		return this.organisations.find(organisationId).isPresent();
	}

}
