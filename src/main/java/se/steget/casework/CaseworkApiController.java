package se.steget.casework;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.steget.access.CurrentUser;

/**
 * The contact log, the action plan and the assessments of an enrollment in the JSON API.
 */
@RestController
@RequestMapping("/api/v1/enrollments/{id}")
class CaseworkApiController {

	private final ContactManagement contacts;

	private final ActionPlanManagement plans;

	private final CurrentUser currentUser;

	CaseworkApiController(ContactManagement contacts, ActionPlanManagement plans, CurrentUser currentUser) {
		this.contacts = contacts;
		this.plans = plans;
		this.currentUser = currentUser;
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

	@GetMapping("/plan")
	PlanView plan(@PathVariable UUID id) {
		return this.plans.plan(id, this.currentUser.scopeForPeople());
	}

	@PostMapping("/plan/steps")
	PlanView addStep(@PathVariable UUID id, @Valid @RequestBody PlanStepForm form) {
		var scope = this.currentUser.scopeForPeople();
		this.plans.addStep(id, form, scope);
		return this.plans.plan(id, scope);
	}

}
