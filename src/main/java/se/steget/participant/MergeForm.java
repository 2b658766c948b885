package se.steget.participant;

import java.util.Set;
import java.util.UUID;

/**
 * A merge as a manager chooses it: the person kept, the person removed, the versions both
 * were read at, and the fields whose value is taken from the removed person (the others
 * keep the kept person's value).
 */
public record MergeForm(UUID keptId, UUID removedId, Integer keptVersion, Integer removedVersion,
		Set<String> fromRemoved) {

	/** The fields a merge chooses between, in the order the page shows them. */
	public static final java.util.List<String> FIELDS = java.util.List.of("personalIdentityNumber", "name", "gender",
			"municipalityCode", "birthRegion", "educationLevel", "disability", "monthsUnemployed", "swedishLevel");

	public MergeForm {
		fromRemoved = (fromRemoved == null) ? Set.of() : Set.copyOf(fromRemoved);
	}

}
