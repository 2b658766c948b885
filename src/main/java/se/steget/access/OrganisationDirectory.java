package se.steget.access;

import java.util.List;
import java.util.UUID;

/**
 * The organisations a user may belong to, as the organisation module knows them: the
 * access module asks this, so that it needs to know nothing of that module.
 */
public interface OrganisationDirectory {

	/** Every organisation, by name. */
	List<Choice> all();

	boolean exists(UUID organisationId);

	/** One organisation to choose. */
	record Choice(UUID id, String name) {
	}

}
