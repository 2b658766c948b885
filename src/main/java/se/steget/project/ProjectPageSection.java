package se.steget.project;

import java.util.UUID;

import org.springframework.ui.Model;

import se.steget.access.AccessScope;

/**
 * A part of the project page that another module contributes (such as the participants
 * near or past a time limit), so that the project module needs to know none of them.
 */
public interface ProjectPageSection {

	/** Adds this section's model attributes for one project the user may see. */
	void contribute(UUID projectId, AccessScope scope, Model model);

}
