package se.steget.outcome;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.steget.access.CurrentUser;
import se.steget.core.ETags;

/**
 * Outcomes and the follow-ups due in the JSON API.
 */
@RestController
@RequestMapping("/api/v1")
class OutcomeApiController {

	private final OutcomeManagement outcomes;

	private final CurrentUser currentUser;

	OutcomeApiController(OutcomeManagement outcomes, CurrentUser currentUser) {
		this.outcomes = outcomes;
		this.currentUser = currentUser;
	}

	/** Removes an outcome recorded by mistake, as of its version in {@code If-Match}. */
	@DeleteMapping("/enrollments/{id}/outcomes/{outcomeId}")
	ResponseEntity<Void> delete(@PathVariable UUID id, @PathVariable UUID outcomeId,
			@RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
		this.outcomes.delete(id, outcomeId, ETags.expected(ifMatch), this.currentUser.scopeForPeople());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/enrollments/{id}/outcomes")
	List<OutcomeView> outcomes(@PathVariable UUID id) {
		return this.outcomes.ofEnrollment(id, this.currentUser.scopeForPeople());
	}

	@PostMapping("/enrollments/{id}/outcomes")
	ResponseEntity<List<OutcomeView>> record(@PathVariable UUID id, @Valid @RequestBody OutcomeForm form) {
		var scope = this.currentUser.scopeForPeople();
		this.outcomes.record(id, form, this.currentUser.id(), scope);
		return ResponseEntity.created(URI.create("/api/v1/enrollments/" + id + "/outcomes"))
			.body(this.outcomes.ofEnrollment(id, scope));
	}

	@GetMapping("/follow-ups")
	List<DueFollowUp> due(@RequestParam(required = false) UUID projectId,
			@RequestParam(defaultValue = "true") boolean mine) {
		return this.outcomes.due(projectId, mine ? this.currentUser.id() : null, this.currentUser.scopeForPeople());
	}

}
