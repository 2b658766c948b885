package se.steget.employer;

import java.net.URI;
import java.util.List;
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

/**
 * The employer register, its contact log and its vacancies in the API, with the same
 * rules and scopes as the pages.
 */
@RestController
@RequestMapping("/api/v1")
class EmployerApiController {

	private final EmployerManagement employers;

	private final EmployerContactManagement contacts;

	private final VacancyManagement vacancies;

	private final CurrentUser currentUser;

	EmployerApiController(EmployerManagement employers, EmployerContactManagement contacts, VacancyManagement vacancies,
			CurrentUser currentUser) {
		this.employers = employers;
		this.contacts = contacts;
		this.vacancies = vacancies;
		this.currentUser = currentUser;
	}

	@GetMapping("/employers")
	PageResponse<EmployerView> list(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page) {
		return PageResponse.of(this.employers.search(q, page, this.currentUser.scopeForPeople()));
	}

	@PostMapping("/employers")
	ResponseEntity<EmployerView> create(@Valid @RequestBody EmployerForm form) {
		var scope = this.currentUser.scopeForPeople();
		UUID id = this.employers.register(form, scope);
		return ResponseEntity.created(URI.create("/api/v1/employers/" + id)).body(this.employers.get(id, scope));
	}

	@GetMapping("/employers/{id}")
	ResponseEntity<EmployerView> show(@PathVariable UUID id) {
		EmployerView employer = this.employers.get(id, this.currentUser.scopeForPeople());
		return ResponseEntity.ok().eTag(ETags.of(employer.version())).body(employer);
	}

	@PutMapping("/employers/{id}")
	ResponseEntity<EmployerView> update(@PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
			@Valid @RequestBody EmployerForm form) {
		var scope = this.currentUser.scopeForPeople();
		form.setVersion(ETags.expected(ifMatch));
		this.employers.update(id, form, scope);
		EmployerView updated = this.employers.get(id, scope);
		return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
	}

	@GetMapping("/employers/{id}/workplaces")
	List<WorkplaceView> workplaces(@PathVariable UUID id) {
		this.employers.get(id, this.currentUser.scopeForPeople());
		return this.employers.workplaces(id);
	}

	@PostMapping("/employers/{id}/workplaces")
	ResponseEntity<WorkplaceView> addWorkplace(@PathVariable UUID id, @Valid @RequestBody WorkplaceForm form) {
		UUID workplace = this.employers.addWorkplace(id, form, this.currentUser.scopeForPeople());
		return ResponseEntity.created(URI.create("/api/v1/employers/" + id + "/workplaces"))
			.body(this.employers.workplace(workplace).orElseThrow());
	}

	@GetMapping("/employers/{id}/contact-persons")
	List<ContactPersonView> contactPersons(@PathVariable UUID id) {
		this.employers.get(id, this.currentUser.scopeForPeople());
		return this.employers.contactPersons(id);
	}

	@PostMapping("/employers/{id}/contact-persons")
	ResponseEntity<ContactPersonView> addContactPerson(@PathVariable UUID id,
			@Valid @RequestBody ContactPersonForm form) {
		UUID person = this.employers.addContactPerson(id, form, this.currentUser.scopeForPeople());
		return ResponseEntity.created(URI.create("/api/v1/employers/" + id + "/contact-persons"))
			.body(this.employers.contactPerson(person).orElseThrow());
	}

	@GetMapping("/employers/{id}/contacts")
	List<EmployerContactView> contacts(@PathVariable UUID id) {
		return this.contacts.ofEmployer(id, this.currentUser.scopeForPeople());
	}

	@PostMapping("/employers/{id}/contacts")
	ResponseEntity<EmployerContactView> log(@PathVariable UUID id, @Valid @RequestBody EmployerContactForm form) {
		var scope = this.currentUser.scopeForPeople();
		UUID contact = this.contacts.log(id, form, scope);
		EmployerContactView view = this.contacts.ofEmployer(id, scope)
			.stream()
			.filter((c) -> c.id().equals(contact))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/employers/" + id + "/contacts")).body(view);
	}

	@GetMapping("/vacancies")
	PageResponse<VacancyView> vacancies(@RequestParam(required = false) String municipality,
			@RequestParam(required = false) String field, @RequestParam(required = false) PlaceKind kind,
			@RequestParam(defaultValue = "OPEN") VacancyStatus status, @RequestParam(defaultValue = "0") int page) {
		return PageResponse.of(this.vacancies.search(new VacancyFilter(municipality, field, kind, status, null), page,
				this.currentUser.scopeForPeople()));
	}

	@PostMapping("/employers/{id}/vacancies")
	ResponseEntity<VacancyView> publish(@PathVariable UUID id, @Valid @RequestBody VacancyForm form) {
		var scope = this.currentUser.scopeForPeople();
		UUID vacancy = this.vacancies.publish(id, form, scope);
		return ResponseEntity.created(URI.create("/api/v1/vacancies/" + vacancy))
			.body(this.vacancies.get(vacancy, scope));
	}

	@GetMapping("/vacancies/{id}")
	ResponseEntity<VacancyView> vacancy(@PathVariable UUID id) {
		VacancyView vacancy = this.vacancies.get(id, this.currentUser.scopeForPeople());
		return ResponseEntity.ok().eTag(ETags.of(vacancy.version())).body(vacancy);
	}

	@PutMapping("/vacancies/{id}")
	ResponseEntity<VacancyView> update(@PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
			@Valid @RequestBody VacancyForm form) {
		var scope = this.currentUser.scopeForPeople();
		form.setVersion(ETags.expected(ifMatch));
		this.vacancies.update(id, form, scope);
		VacancyView updated = this.vacancies.get(id, scope);
		return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
	}

}
