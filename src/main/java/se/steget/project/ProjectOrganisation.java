package se.steget.project;

import java.util.UUID;

/**
 * An organisation that co-finances the project or takes part in it as a partner.
 */
record ProjectOrganisation(UUID organisationId, Relation relation) {

	enum Relation {

		CO_FINANCER, PARTNER

	}

}
