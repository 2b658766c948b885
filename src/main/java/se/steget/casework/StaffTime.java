package se.steget.casework;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * Time one staff member worked in a project on one day.
 */
class StaffTime {

	@Id
	private UUID id;

	private UUID userId;

	private UUID projectId;

	private LocalDate workDate;

	private int minutes;

	private StaffActivity activity;

	private String note;

	@Version
	private Integer version;

	StaffTime() {
	}

	static StaffTime report(UUID userId, StaffTimeEntry entry) {
		var time = new StaffTime();
		time.id = UUID.randomUUID();
		time.userId = userId;
		time.projectId = entry.projectId();
		time.workDate = entry.workDate();
		time.minutes = entry.minutes();
		time.activity = entry.activity();
		time.note = entry.note();
		return time;
	}

	UUID getId() {
		return this.id;
	}

	UUID getUserId() {
		return this.userId;
	}

	Integer getVersion() {
		return this.version;
	}

}
