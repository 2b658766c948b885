package se.steget.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import se.steget.access.AccessScope;
import se.steget.participant.ParticipantManagement;
import se.steget.participant.ParticipantManagement.ImportMatch;

/**
 * The registered people that a batch of rows names by personal identity number, read at
 * once before the rows are planned one by one, so that a file of case records costs one
 * look-up per batch rather than one per row.
 */
final class RegisteredPeople {

	private final ParticipantManagement participants;

	private final ColumnMapping mapping;

	private final AccessScope scope;

	private Map<String, ImportMatch> matches = Map.of();

	RegisteredPeople(ParticipantManagement participants, ColumnMapping mapping, AccessScope scope) {
		this.participants = participants;
		this.mapping = mapping;
		this.scope = scope;
	}

	/** Reads the people of the batch's numbers, as far as they can be read. */
	void readFor(List<ImportTable.Row> rows) {
		Set<String> numbers = rows.stream()
			.map((row) -> this.mapping.value(row, "personalIdentityNumber"))
			.filter((text) -> !text.isBlank())
			.map(ImportValues::personalIdentityNumber)
			.flatMap(Optional::stream)
			.collect(Collectors.toSet());
		this.matches = this.participants.importMatches(numbers, this.scope);
	}

	/** The people of the batch read last whom the user may see. */
	Set<java.util.UUID> visibleIds() {
		return this.matches.values()
			.stream()
			.filter(ImportMatch::visible)
			.map(ImportMatch::id)
			.collect(Collectors.toSet());
	}

	/** The person of a number of the batch read last, as its twelve digits. */
	Optional<ImportMatch> match(String number) {
		return Optional.ofNullable(this.matches.get(number));
	}

}
