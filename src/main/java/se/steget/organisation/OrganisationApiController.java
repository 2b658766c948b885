package se.steget.organisation;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.steget.access.CurrentUser;
import se.steget.core.ETags;
import se.steget.core.PageResponse;

@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationApiController {

	private final OrganisationManagement organisations;

	private final CurrentUser currentUser;

	OrganisationApiController(OrganisationManagement organisations, CurrentUser currentUser) {
		this.organisations = organisations;
		this.currentUser = currentUser;
	}

	@GetMapping
	PageResponse<OrganisationView> list(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page) {
		return PageResponse.of(this.organisations.search(q, page));
	}

	@GetMapping("/{id}")
	ResponseEntity<OrganisationView> show(@PathVariable UUID id) {
		OrganisationView organisation = this.organisations.get(id);
		return ResponseEntity.ok().eTag(ETags.of(organisation.version())).body(organisation);
	}

	@PostMapping
	ResponseEntity<OrganisationView> create(@Valid @RequestBody OrganisationForm form) {
		UUID id = this.organisations.register(form, this.currentUser.scope());
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + id)).body(this.organisations.get(id));
	}

	@PutMapping("/{id}")
	ResponseEntity<OrganisationView> update(@PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
			@Valid @RequestBody OrganisationForm form) {
		form.setVersion(ETags.expected(ifMatch));
		this.organisations.update(id, form, this.currentUser.scope());
		OrganisationView updated = this.organisations.get(id);
		return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
	}

}
