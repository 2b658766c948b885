package se.steget.activity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.steget.access.AccessManagement;
import se.steget.core.CorrectionLog;
import se.steget.core.CorrectionLog.Correction;
import se.steget.core.Difference;

/**
 * The history of corrections to activities and hours, in {@code activity_correction}: an
 * activity's own (its dates, capacity) under the activity, and the hours, memberships and
 * removed activities of each participant under their case.
 */
@Component
class ActivityCorrections {

	private final CorrectionLog log;

	private final AccessManagement access;

	ActivityCorrections(JdbcClient jdbc, JsonMapper json, Clock clock, AccessManagement access) {
		this.log = new CorrectionLog(jdbc, json, clock, "activity_correction", access::displayNames);
		this.access = access;
	}

	void revised(Activity activity, List<Difference> changes, UUID by) {
		this.log.edited(null, Record.ACTIVITY.name(), activity.getId(), changes, null, by);
	}

	/**
	 * Keeps a removed activity in every member's case, or under no case if it had none.
	 */
	void removed(Activity activity, List<Difference> fields, UUID by) {
		Set<UUID> members = activity.memberIds();
		if (members.isEmpty()) {
			this.log.removed(null, Record.ACTIVITY.name(), activity.getId(), fields, null, by);
		}
		members.forEach((m) -> this.log.removed(m, Record.ACTIVITY.name(), activity.getId(), fields, null, by));
	}

	/**
	 * Keeps hours that were there and are now different or gone (null); new hours are not
	 * a change.
	 */
	void hours(UUID enrollmentId, Activity activity, LocalDate day, BigDecimal before, BigDecimal after, UUID by) {
		if (before == null || (after != null && before.compareTo(after) == 0)) {
			return;
		}
		List<Difference> changes = Difference.builder()
			.context("activity.title", activity.getTitle())
			.context("hours.date", day)
			.text("hours.hours", plain(before), plain(after))
			.list();
		if (after == null) {
			this.log.removed(enrollmentId, Record.HOURS.name(), activity.getId(), changes, null, by);
		}
		else {
			this.log.edited(enrollmentId, Record.HOURS.name(), activity.getId(), changes, null, by);
		}
	}

	/** Keeps a participant taken out of an activity, with the hours removed with them. */
	void memberRemoved(UUID enrollmentId, Activity activity, BigDecimal hours, UUID by) {
		this.log.removed(enrollmentId, Record.MEMBER.name(), activity.getId(),
				Difference.builder()
					.context("activity.title", activity.getTitle())
					.context("hours.hours", plain(hours))
					.list(),
				null, by);
	}

	List<Correction> ofActivity(UUID activityId) {
		return this.log.ofRecord(activityId)
			.stream()
			.filter((c) -> c.recordKind().equals(Record.ACTIVITY.name())
					|| c.recordKind().equals(Record.SESSION.name()))
			.toList();
	}

	List<Correction> ofCase(UUID enrollmentId) {
		return this.log.of(enrollmentId);
	}

	void session(Activity activity, List<Difference> changes, UUID by) {
		this.log.edited(null, Record.SESSION.name(), activity.getId(), changes, null, by);
	}

	String staffName(UUID userId) {
		return this.access.displayName(userId);
	}

	private static String plain(BigDecimal hours) {
		return (hours != null) ? hours.stripTrailingZeros().toPlainString() : null;
	}

	/** The kinds of record whose corrections are kept here. */
	enum Record {

		ACTIVITY, SESSION, HOURS, MEMBER

	}

}
