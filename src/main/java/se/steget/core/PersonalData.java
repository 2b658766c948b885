package se.steget.core;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The personal-data contract: every module that stores data about a participant
 * implements it for its own tables, and only those. The privacy module asks every
 * implementation for the register extract, the retention dry run and the erasure, and
 * names no table itself.
 */
public interface PersonalData {

	/**
	 * The columns of this module's tables that hold data about a person, and whether
	 * erasure removes each one or keeps it for the statistics.
	 */
	List<PersonalColumn> columns();

	/**
	 * Everything this module holds about the participant, as named sections of rows, for
	 * the register extract.
	 */
	Map<String, List<Map<String, Object>>> describe(UUID participantId);

	/**
	 * What {@link #erase} would remove, as counts by kind of record (message key
	 * {@code retention.disposable.KIND}); kinds with nothing to remove may be left out.
	 */
	Map<String, Long> disposable(Erasure erasure);

	/**
	 * Removes for good what the erasure covers, and keeps the columns marked
	 * {@link PersonalColumn.Fate#KEPT}.
	 */
	void erase(Erasure erasure);

}
