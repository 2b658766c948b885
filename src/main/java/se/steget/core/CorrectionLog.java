package se.steget.core;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The history of corrections to a module's records of a case: each edit or removal with
 * the fields it changed (before and after), who made it, when and, where asked, why.
 * Every module keeps its own table of the same shape (id, enrollment_id, record_kind,
 * record_id, kind, changes, reason, changed_by, changed_at) and makes one of these for
 * it.
 */
public final class CorrectionLog {

	private static final TypeReference<List<Difference>> CHANGES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final String table;

	private final Function<Collection<UUID>, Map<UUID, String>> names;

	/**
	 * @param table the module's table
	 * @param names the display names of the users who made corrections, by id
	 */
	public CorrectionLog(JdbcClient jdbc, JsonMapper json, Clock clock, String table,
			Function<Collection<UUID>, Map<UUID, String>> names) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.table = table;
		this.names = names;
	}

	/** Keeps an edit that changed the given fields; one that changed none is not kept. */
	public void edited(UUID enrollmentId, String recordKind, UUID recordId, List<Difference> changes, String reason,
			UUID by) {
		if (!changes.isEmpty()) {
			insert(enrollmentId, recordKind, recordId, Correction.Kind.EDITED, changes, reason, by);
		}
	}

	/** Keeps a removal with what the record said (each field's value as before). */
	public void removed(UUID enrollmentId, String recordKind, UUID recordId, List<Difference> fields, String reason,
			UUID by) {
		insert(enrollmentId, recordKind, recordId, Correction.Kind.REMOVED, fields, reason, by);
	}

	/** The corrections in the case, newest first. */
	public List<Correction> of(UUID enrollmentId) {
		return corrections("enrollment_id", enrollmentId);
	}

	/** The corrections of one record, newest first. */
	public List<Correction> ofRecord(UUID recordId) {
		return corrections("record_id", recordId);
	}

	private List<Correction> corrections(String column, UUID id) {
		List<Map<String, Object>> rows = this.jdbc
			.sql("select record_kind, kind, changes, reason, changed_by, changed_at from " + this.table + " where "
					+ column + " = ? order by changed_at desc, id")
			.param(id)
			.query()
			.listOfRows();
		Map<UUID, String> by = this.names.apply(rows.stream()
			.map((row) -> (UUID) row.get("changed_by"))
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		return rows.stream()
			.map((row) -> new Correction((String) row.get("record_kind"),
					Correction.Kind.valueOf((String) row.get("kind")),
					this.json.readValue((String) row.get("changes"), CHANGES), (String) row.get("reason"),
					by.get((UUID) row.get("changed_by")), ((Timestamp) row.get("changed_at")).toLocalDateTime()))
			.toList();
	}

	private void insert(UUID enrollmentId, String recordKind, UUID recordId, Correction.Kind kind,
			List<Difference> changes, String reason, UUID by) {
		this.jdbc
			.sql("insert into " + this.table + " (id, enrollment_id, record_kind, record_id, kind, changes, reason,"
					+ " changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), enrollmentId, recordKind, recordId, kind.name(),
					this.json.writeValueAsString(changes), reason, by, LocalDateTime.now(this.clock))
			.update();
	}

	/**
	 * One correction as the pages show it.
	 *
	 * @param recordKind what was corrected (message key {@code correction.record.KIND})
	 * @param kind edited or removed
	 * @param changes the fields changed, or every field of a removed record
	 * @param reason why, where the user was asked
	 * @param changedBy the user's name
	 * @param changedAt when
	 */
	public record Correction(String recordKind, Kind kind, List<Difference> changes, String reason, String changedBy,
			LocalDateTime changedAt) {

		public enum Kind {

			EDITED, REMOVED

		}

	}

}
