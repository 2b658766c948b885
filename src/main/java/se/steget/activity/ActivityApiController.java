package se.steget.activity;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.steget.access.CurrentUser;
import se.steget.core.ETags;

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
	ResponseEntity<ActivityDetail> show(@PathVariable UUID id) {
		ActivityDetail activity = this.activities.get(id, this.currentUser.scopeForPeople());
		return ResponseEntity.ok().eTag(ETags.of(activity.version())).body(activity);
	}

	/**
	 * Corrects what was planned as of the version in {@code If-Match}; the kind and the
	 * employer stay.
	 */
	@PutMapping("/activities/{id}")
	ResponseEntity<ActivityDetail> revise(@PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
			@Valid @RequestBody ActivityForm form) {
		var scope = this.currentUser.scopeForPeople();
		form.setVersion(ETags.expected(ifMatch));
		this.activities.revise(id, form, scope);
		ActivityDetail activity = this.activities.get(id, scope);
		return ResponseEntity.ok().eTag(ETags.of(activity.version())).body(activity);
	}

	/**
	 * Removes an activity with no hours recorded, as of the version in {@code If-Match}.
	 */
	@DeleteMapping("/activities/{id}")
	ResponseEntity<Void> remove(@PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
		this.activities.remove(id, ETags.expected(ifMatch), this.currentUser.scopeForPeople());
		return ResponseEntity.noContent().build();
	}

	/** Takes a participant out, with any hours recorded there, as of {@code If-Match}. */
	@DeleteMapping("/activities/{id}/members/{enrollmentId}")
	ActivityDetail removeMember(@PathVariable UUID id, @PathVariable UUID enrollmentId,
			@RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
		var scope = this.currentUser.scopeForPeople();
		this.activities.removeMember(id, enrollmentId, ETags.expected(ifMatch), scope);
		return this.activities.get(id, scope);
	}

	@PostMapping("/activities/{id}/sessions")
	ActivityDetail addSession(@PathVariable UUID id, @Valid @RequestBody SessionForm form) {
		var scope = this.currentUser.scopeForPeople();
		this.activities.addSession(id, form, scope);
		return this.activities.get(id, scope);
	}

	/**
	 * Corrects the session on the body's day, as of the activity's version in
	 * {@code If-Match}.
	 */
	@PutMapping("/activities/{id}/sessions")
	ActivityDetail correctSession(@PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
			@Valid @RequestBody SessionForm form) {
		var scope = this.currentUser.scopeForPeople();
		this.activities.correctSession(id, form, ETags.expected(ifMatch), scope);
		return this.activities.get(id, scope);
	}

	/**
	 * Removes a session with no attendance, as of the activity's version in
	 * {@code If-Match}.
	 */
	@DeleteMapping("/activities/{id}/sessions")
	ActivityDetail removeSession(@PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		var scope = this.currentUser.scopeForPeople();
		this.activities.removeSession(id, date, ETags.expected(ifMatch), scope);
		return this.activities.get(id, scope);
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

	/**
	 * Removes a day's hours in one activity, recorded by mistake. Hours carry no version:
	 * send {@code If-Match: *}; what they were is kept in the case's history.
	 */
	@DeleteMapping("/enrollments/{id}/hours")
	ResponseEntity<Void> deleteHours(@PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
			@RequestParam UUID activityId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		this.attendance.deleteHours(id, activityId, date, this.currentUser.scopeForPeople());
		return ResponseEntity.noContent().build();
	}

}
