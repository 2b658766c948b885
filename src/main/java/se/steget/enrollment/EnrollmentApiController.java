package se.steget.enrollment;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.steget.access.AuditLog;
import se.steget.access.CurrentUser;
import se.steget.core.ETags;
import se.steget.core.PageResponse;

@RestController
@RequestMapping("/api/v1/enrollments")
class EnrollmentApiController {

	private final EnrollmentManagement enrollments;

	private final CurrentUser currentUser;

	private final PathManagement paths;

	private final SharedCaseManagement sharedCases;

	EnrollmentApiController(EnrollmentManagement enrollments, CurrentUser currentUser, PathManagement paths,
			SharedCaseManagement sharedCases) {
		this.enrollments = enrollments;
		this.paths = paths;
		this.sharedCases = sharedCases;
		this.currentUser = currentUser;
	}

	@GetMapping
	PageResponse<EnrollmentView> list(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) UUID projectId, @RequestParam(required = false) EnrollmentStatus status,
			@RequestParam(defaultValue = "0") int page) {
		var found = this.enrollments.search(q, projectId, status, page, this.currentUser.scopeForPeople());
		AuditLog.shown(found.map(EnrollmentView::participantId).toList());
		return PageResponse.of(found);
	}

	@GetMapping("/{id}")
	ResponseEntity<EnrollmentView> show(@PathVariable UUID id) {
		EnrollmentView enrollment = this.enrollments.get(id, this.currentUser.scopeForPeople());
		return ResponseEntity.ok().eTag(ETags.of(enrollment.version())).body(enrollment);
	}

	@PostMapping
	ResponseEntity<EnrollmentView> create(@Valid @RequestBody EnrollmentForm form) {
		var scope = this.currentUser.scopeForPeople();
		UUID id = this.enrollments.enroll(form, scope);
		return ResponseEntity.created(URI.create("/api/v1/enrollments/" + id)).body(this.enrollments.get(id, scope));
	}

	@PutMapping("/{id}")
	ResponseEntity<EnrollmentView> change(@PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
			@Valid @RequestBody EnrollmentForm form) {
		var scope = this.currentUser.scopeForPeople();
		form.setVersion(ETags.expected(ifMatch));
		this.enrollments.change(id, form, scope);
		EnrollmentView changed = this.enrollments.get(id, scope);
		return ResponseEntity.ok().eTag(ETags.of(changed.version())).body(changed);
	}

	@PostMapping("/{id}/track")
	EnrollmentView changeTrack(@PathVariable UUID id, @Valid @RequestBody TrackChangeForm form) {
		var scope = this.currentUser.scopeForPeople();
		this.paths.changeTrack(id, form, this.currentUser.id(), scope);
		return this.enrollments.get(id, scope);
	}

	@PostMapping("/{id}/pause")
	EnrollmentView pause(@PathVariable UUID id, @Valid @RequestBody PauseForm form) {
		var scope = this.currentUser.scopeForPeople();
		this.paths.pause(id, form, scope);
		return this.enrollments.get(id, scope);
	}

	@GetMapping("/{id}/intake")
	List<IntakeProgress> intake(@PathVariable UUID id) {
		return this.paths.intakeProgress(id, this.currentUser.scopeForPeople());
	}

	@PostMapping("/{id}/intake")
	List<IntakeProgress> recordIntake(@PathVariable UUID id, @Valid @RequestBody IntakeRecordForm form) {
		var scope = this.currentUser.scopeForPeople();
		this.paths.recordIntake(id, form, scope);
		return this.paths.intakeProgress(id, scope);
	}

	/**
	 * Corrects an intake record as of the enrollment's version in {@code If-Match}; the
	 * change is kept in the history.
	 */
	@PutMapping("/{id}/intake/{recordId}")
	List<IntakeProgress> correctIntake(@PathVariable UUID id, @PathVariable UUID recordId,
			@RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, @Valid @RequestBody IntakeRecordForm form) {
		var scope = this.currentUser.scopeForPeople();
		form.setVersion(ETags.expected(ifMatch));
		this.paths.correctIntake(id, recordId, form, scope);
		return this.paths.intakeProgress(id, scope);
	}

	/**
	 * Removes the latest intake record as of the enrollment's version in
	 * {@code If-Match}.
	 */
	@DeleteMapping("/{id}/intake/{recordId}")
	ResponseEntity<Void> removeIntake(@PathVariable UUID id, @PathVariable UUID recordId,
			@RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
		this.paths.removeIntake(id, recordId, ETags.expected(ifMatch), this.currentUser.scopeForPeople());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/staff")
	List<CaseStaffView> staff(@PathVariable UUID id) {
		return this.sharedCases.caseStaff(id, this.currentUser.scopeForPeople());
	}

	@PostMapping("/{id}/staff")
	List<CaseStaffView> share(@PathVariable UUID id, @Valid @RequestBody CaseStaffForm form) {
		var scope = this.currentUser.scopeForPeople();
		this.sharedCases.shareCase(id, form, scope);
		return this.sharedCases.caseStaff(id, scope);
	}

	/**
	 * Stops sharing the case with a colleague, as of the enrollment's version in
	 * {@code If-Match}.
	 */
	@DeleteMapping("/{id}/staff/{userId}")
	List<CaseStaffView> unshare(@PathVariable UUID id, @PathVariable UUID userId,
			@RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
		var scope = this.currentUser.scopeForPeople();
		this.sharedCases.unshareCase(id, userId, ETags.expected(ifMatch), scope);
		return this.sharedCases.caseStaff(id, scope);
	}

	@PostMapping("/{id}/exit")
	EnrollmentView exit(@PathVariable UUID id, @Valid @RequestBody ExitForm form) {
		var scope = this.currentUser.scopeForPeople();
		this.enrollments.exit(id, form, scope);
		return this.enrollments.get(id, scope);
	}

	/**
	 * Corrects the exit's date, reason or note as of the enrollment's version in
	 * {@code If-Match}; the body's {@code correctionReason} says why.
	 */
	@PutMapping("/{id}/exit")
	ResponseEntity<EnrollmentView> correctExit(@PathVariable UUID id,
			@RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, @Valid @RequestBody ExitForm form) {
		var scope = this.currentUser.scopeForPeople();
		form.setVersion(ETags.expected(ifMatch));
		this.enrollments.correctExit(id, form, scope);
		EnrollmentView corrected = this.enrollments.get(id, scope);
		return ResponseEntity.ok().eTag(ETags.of(corrected.version())).body(corrected);
	}

	/** Undoes the exit as of the version in {@code If-Match}, with the reason. */
	@DeleteMapping("/{id}/exit")
	ResponseEntity<EnrollmentView> undoExit(@PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
			@RequestParam(defaultValue = "") String reason) {
		var scope = this.currentUser.scopeForPeople();
		this.enrollments.undoExit(id, reason, ETags.expected(ifMatch), scope);
		EnrollmentView undone = this.enrollments.get(id, scope);
		return ResponseEntity.ok().eTag(ETags.of(undone.version())).body(undone);
	}

}
