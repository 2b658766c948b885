package se.steget.organisation;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.steget.access.CurrentUser;
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
	OrganisationView show(@PathVariable UUID id) {
		return this.organisations.get(id);
	}

	@PostMapping
	ResponseEntity<OrganisationView> create(@Valid @RequestBody OrganisationForm form) {
		UUID id = this.organisations.register(form, this.currentUser.scope());
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + id)).body(this.organisations.get(id));
	}

	@PutMapping("/{id}")
	OrganisationView update(@PathVariable UUID id, @Valid @RequestBody OrganisationForm form) {
		this.organisations.update(id, form, this.currentUser.scope());
		return this.organisations.get(id);
	}

}
