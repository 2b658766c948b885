package se.steget.activity;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.steget.access.CurrentUser;

/**
 * Activities, attendance and participant hours in the JSON API.
 */
@RestController
@RequestMapping("/api/v1")
class ActivityApiController {

	private final ActivityManagement activities;

	private final AttendanceManagement attendance;

	private final CurrentUser currentUser;

	ActivityApiController(ActivityManagement activities, AttendanceManagement attendance, CurrentUser currentUser) {
		this.activities = activities;
		this.attendance = attendance;
		this.currentUser = currentUser;
	}

	@GetMapping("/projects/{id}/activities")
	List<ActivityView> ofProject(@PathVariable UUID id) {
		return this.activities.ofProject(id, this.currentUser.scopeForPeople());
	}

	@PostMapping("/projects/{id}/activities")
	ResponseEntity<ActivityDetail> plan(@PathVariable UUID id, @Valid @RequestBody ActivityForm form) {
		var scope = this.currentUser.scopeForPeople();
		UUID activity = this.activities.plan(id, form, scope);
		return ResponseEntity.created(URI.create("/api/v1/activities/" + activity))
			.body(this.activities.get(activity, scope));
	}

	@GetMapping("/activities/{id}")
	ActivityDetail show(@PathVariable UUID id) {
		return this.activities.get(id, this.currentUser.scopeForPeople());
	}

	@PostMapping("/activities/{id}/members")
	ActivityDetail addMember(@PathVariable UUID id, @Valid @RequestBody MemberForm form) {
		var scope = this.currentUser.scopeForPeople();
		this.activities.addMember(id, form.getEnrollmentId(), scope);
		return this.activities.get(id, scope);
	}

	@GetMapping("/activities/{id}/attendance")
	AttendanceForm attendance(@PathVariable UUID id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return this.attendance.session(id, date, this.currentUser.scopeForPeople());
	}

	@PostMapping("/activities/{id}/attendance")
	AttendanceForm recordAttendance(@PathVariable UUID id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Valid @RequestBody AttendanceForm form) {
		var scope = this.currentUser.scopeForPeople();
		this.attendance.recordSession(id, date, form, scope);
		return this.attendance.session(id, date, scope);
	}

	@GetMapping("/enrollments/{id}/hours")
	MonthHours hours(@PathVariable UUID id, @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
		return this.attendance.month(id, month, this.currentUser.scopeForPeople());
	}

	@PostMapping("/enrollments/{id}/hours")
	MonthHours recordHours(@PathVariable UUID id, @Valid @RequestBody HoursForm form) {
		var scope = this.currentUser.scopeForPeople();
		this.attendance.recordHours(id, form, scope);
		return this.attendance.month(id, YearMonth.from(form.getAttendedOn()), scope);
	}

}
