package se.steget.casework;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.steget.access.AccessManagement;
import se.steget.core.CorrectionLog;
import se.steget.core.CorrectionLog.Correction;
import se.steget.core.Difference;

/**
 * The history of corrections to the case work's records (contacts and assessments): each
 * edit and removal with before and after, who and when, in {@code casework_correction}.
 */
@Component
class CaseworkCorrections {

	private final CorrectionLog log;

	private final AccessManagement access;

	CaseworkCorrections(JdbcClient jdbc, JsonMapper json, Clock clock, AccessManagement access) {
		this.log = new CorrectionLog(jdbc, json, clock, "casework_correction", access::displayNames);
		this.access = access;
	}

	void edited(UUID enrollmentId, Record record, UUID recordId, List<Difference> changes, UUID by) {
		this.log.edited(enrollmentId, record.name(), recordId, changes, null, by);
	}

	void removed(UUID enrollmentId, Record record, UUID recordId, List<Difference> fields, UUID by) {
		this.log.removed(enrollmentId, record.name(), recordId, fields, null, by);
	}

	List<Correction> of(UUID enrollmentId, Record record) {
		return this.log.of(enrollmentId).stream().filter((c) -> c.recordKind().equals(record.name())).toList();
	}

	/** The name of a staff member as the history shows it. */
	String staffName(UUID userId) {
		return this.access.displayName(userId);
	}

	/** The kinds of record whose corrections are kept here. */
	enum Record {

		CONTACT, ASSESSMENT

	}

}
