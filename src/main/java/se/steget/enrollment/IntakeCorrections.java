package se.steget.enrollment;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.steget.access.AccessManagement;
import se.steget.core.CorrectionLog;
import se.steget.core.CorrectionLog.Correction;

/**
 * The history of corrections to intake records: each edit and removal with before and
 * after, who and when, in {@code intake_correction}.
 */
@Component
class IntakeCorrections {

	static final String INTAKE_RECORD = "INTAKE_RECORD";

	private final CorrectionLog log;

	private final AccessManagement access;

	IntakeCorrections(JdbcClient jdbc, JsonMapper json, Clock clock, AccessManagement access) {
		this.log = new CorrectionLog(jdbc, json, clock, "intake_correction", access::displayNames);
		this.access = access;
	}

	void edited(UUID enrollmentId, IntakeRecord before, IntakeRecord after, UUID by) {
		this.log.edited(enrollmentId, INTAKE_RECORD, before.id(), before.changesTo(after, this::staffName), null, by);
	}

	void removed(UUID enrollmentId, IntakeRecord record, UUID by) {
		this.log.removed(enrollmentId, INTAKE_RECORD, record.id(), record.changesTo(IntakeRecord.NONE, this::staffName),
				null, by);
	}

	List<Correction> of(UUID enrollmentId) {
		return this.log.of(enrollmentId);
	}

	String staffName(UUID userId) {
		return this.access.displayName(userId);
	}

}
