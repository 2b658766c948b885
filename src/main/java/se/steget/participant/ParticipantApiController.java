package se.steget.participant;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.steget.access.AuditLog;
import se.steget.access.CurrentUser;
import se.steget.core.ETags;
import se.steget.core.NotFoundException;
import se.steget.core.PageResponse;

@RestController
@RequestMapping("/api/v1/participants")
class ParticipantApiController {

	private final ParticipantManagement participants;

	private final CurrentUser currentUser;

	private final ConsentManagement consents;

	ParticipantApiController(ParticipantManagement participants, ConsentManagement consents, CurrentUser currentUser) {
		this.participants = participants;
		this.consents = consents;
		this.currentUser = currentUser;
	}

	@GetMapping("/{id}/consent")
	ConsentView consent(@PathVariable UUID id) {
		return this.consents.consent(id, this.currentUser.scopeForPeople());
	}

	/**
	 * Records the information given and the consents, with the organisations to share
	 * with.
	 */
	@PostMapping("/{id}/consent")
	ConsentView recordConsent(@PathVariable UUID id, @Valid @RequestBody ConsentForm form) {
		var scope = this.currentUser.scopeForPeople();
		this.consents.record(id, form, scope);
		return this.consents.consent(id, scope);
	}

	@GetMapping
	PageResponse<ParticipantSummary> list(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page) {
		var found = this.participants.search(q, page, this.currentUser.scopeForPeople());
		AuditLog.shown(found.map(ParticipantSummary::id).toList());
		return PageResponse.of(found);
	}

	/**
	 * Looks a person up by their full number, with a reason, to enroll someone registered
	 * before; 404 when no one has the number.
	 */
	@PostMapping("/lookup")
	ParticipantSummary lookUp(@RequestBody LookupForm request) {
		return this.participants.lookUp(request, this.currentUser.scopeForPeople())
			.orElseThrow(() -> new NotFoundException("Participant"));
	}

	@GetMapping("/{id}")
	ResponseEntity<ParticipantSummary> show(@PathVariable UUID id) {
		ParticipantSummary participant = this.participants.get(id, this.currentUser.scopeForPeople());
		return ResponseEntity.ok().eTag(ETags.of(participant.version())).body(participant);
	}

	@PostMapping
	ResponseEntity<ParticipantSummary> create(@Valid @RequestBody ParticipantForm form) {
		var scope = this.currentUser.scopeForPeople();
		UUID id = this.participants.register(form, scope);
		ParticipantSummary created = this.participants.get(id, scope);
		return ResponseEntity.created(URI.create("/api/v1/participants/" + id))
			.eTag(ETags.of(created.version()))
			.body(created);
	}

	/** Changes the person as of the version {@code If-Match} names (412 when stale). */
	@PutMapping("/{id}")
	ResponseEntity<ParticipantSummary> update(@PathVariable UUID id,
			@RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, @Valid @RequestBody ParticipantForm form) {
		var scope = this.currentUser.scopeForPeople();
		form.setVersion(ETags.expected(ifMatch));
		this.participants.update(id, form, scope);
		ParticipantSummary updated = this.participants.get(id, scope);
		return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
	}

}
