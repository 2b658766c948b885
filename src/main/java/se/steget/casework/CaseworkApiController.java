package se.steget.casework;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

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
import org.springframework.web.bind.annotation.RestController;

import se.steget.access.CurrentUser;
import se.steget.core.ETags;

/**
 * The contact log, the action plan and the assessments of an enrollment in the JSON API.
 */
@RestController
@RequestMapping("/api/v1/enrollments/{id}")
class CaseworkApiController {

	private final ContactManagement contacts;

	private final ActionPlanManagement plans;

	private final CurrentUser currentUser;

	private final AssessmentManagement assessments;

	CaseworkApiController(ContactManagement contacts, ActionPlanManagement plans, AssessmentManagement assessments,
			CurrentUser currentUser) {
		this.contacts = contacts;
		this.plans = plans;
		this.assessments = assessments;
		this.currentUser = currentUser;
	}

	/**
	 * Corrects a logged contact as of its version in {@code If-Match}; the change is
	 * kept.
	 */
	@PutMapping("/contacts/{contactId}")
	List<ContactView> correctContact(@PathVariable UUID id, @PathVariable UUID contactId,
			@RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, @Valid @RequestBody ContactForm form) {
		var scope = this.currentUser.scopeForPeople();
		form.setVersion(ETags.expected(ifMatch));
		this.contacts.correct(id, contactId, form, scope);
		return this.contacts.ofEnrollment(id, scope);
	}

	/** Removes a contact logged by mistake, as of its version in {@code If-Match}. */
	@DeleteMapping("/contacts/{contactId}")
	ResponseEntity<Void> deleteContact(@PathVariable UUID id, @PathVariable UUID contactId,
			@RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
		this.contacts.delete(id, contactId, ETags.expected(ifMatch), this.currentUser.scopeForPeople());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/assessments")
	List<AssessmentView> assessments(@PathVariable UUID id) {
		return this.assessments.ofEnrollment(id, this.currentUser.scopeForPeople());
	}

	@PostMapping("/assessments")
	ResponseEntity<List<AssessmentView>> recordAssessment(@PathVariable UUID id,
			@Valid @RequestBody AssessmentForm form) {
		var scope = this.currentUser.scopeForPeople();
		this.assessments.record(id, form, scope);
		return ResponseEntity.created(URI.create("/api/v1/enrollments/" + id + "/assessments"))
			.body(this.assessments.ofEnrollment(id, scope));
	}

	/**
	 * Corrects a measurement as of its version in {@code If-Match}; the change is kept in
	 * the history.
	 */
	@PutMapping("/assessments/{assessmentId}")
	List<AssessmentView> correctAssessment(@PathVariable UUID id, @PathVariable UUID assessmentId,
			@RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, @Valid @RequestBody AssessmentForm form) {
		var scope = this.currentUser.scopeForPeople();
		form.setVersion(ETags.expected(ifMatch));
		this.assessments.correct(id, assessmentId, form, scope);
		return this.assessments.ofEnrollment(id, scope);
	}

	/**
	 * Removes a measurement recorded by mistake, as of its version in {@code If-Match}.
	 */
	@DeleteMapping("/assessments/{assessmentId}")
	ResponseEntity<Void> deleteAssessment(@PathVariable UUID id, @PathVariable UUID assessmentId,
			@RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
		this.assessments.remove(id, assessmentId, ETags.expected(ifMatch), this.currentUser.scopeForPeople());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/contacts")
	List<ContactView> contacts(@PathVariable UUID id) {
		return this.contacts.ofEnrollment(id, this.currentUser.scopeForPeople());
	}

	@PostMapping("/contacts")
	ResponseEntity<List<ContactView>> logContact(@PathVariable UUID id, @Valid @RequestBody ContactForm form) {
		var scope = this.currentUser.scopeForPeople();
		this.contacts.log(id, form, scope);
		return ResponseEntity.created(URI.create("/api/v1/enrollments/" + id + "/contacts"))
			.body(this.contacts.ofEnrollment(id, scope));
	}

	/** The plan, with its revision as the {@code ETag} that a change sends back. */
	@GetMapping("/plan")
	ResponseEntity<PlanView> plan(@PathVariable UUID id) {
		PlanView plan = this.plans.plan(id, this.currentUser.scopeForPeople());
		return ResponseEntity.ok().eTag(ETags.of(plan.revision())).body(plan);
	}

	@PostMapping("/plan/steps")
	PlanView addStep(@PathVariable UUID id, @Valid @RequestBody PlanStepForm form) {
		var scope = this.currentUser.scopeForPeople();
		form.setVersion(null);
		this.plans.addStep(id, form, scope);
		return this.plans.plan(id, scope);
	}

	/** Sets the plan's goals as of its revision in {@code If-Match}. */
	@PutMapping("/plan/goals")
	PlanView setGoals(@PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
			@Valid @RequestBody PlanGoalsForm form) {
		var scope = this.currentUser.scopeForPeople();
		form.setVersion(ETags.expected(ifMatch));
		this.plans.setGoals(id, form, scope);
		return this.plans.plan(id, scope);
	}

	/** Corrects a step as of the plan's revision in {@code If-Match}. */
	@PutMapping("/plan/steps/{stepId}")
	PlanView correctStep(@PathVariable UUID id, @PathVariable UUID stepId,
			@RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, @Valid @RequestBody PlanStepForm form) {
		var scope = this.currentUser.scopeForPeople();
		form.setVersion(ETags.expected(ifMatch));
		this.plans.correctStep(id, stepId, form, scope);
		return this.plans.plan(id, scope);
	}

	/** Removes a step added by mistake, as of the plan's revision in {@code If-Match}. */
	@DeleteMapping("/plan/steps/{stepId}")
	ResponseEntity<Void> removeStep(@PathVariable UUID id, @PathVariable UUID stepId,
			@RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
		this.plans.removeStep(id, stepId, ETags.expected(ifMatch), this.currentUser.scopeForPeople());
		return ResponseEntity.noContent().build();
	}

}
