package se.steget.matching;

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
import se.steget.core.SmallCells;
import se.steget.employer.PlaceKind;

/**
 * Job profiles, matches both ways, proposals through to hire, and a project's employer
 * figures in the API.
 */
@RestController
@RequestMapping("/api/v1")
class MatchingApiController {

	private final JobProfileManagement profiles;

	private final MatchingManagement matching;

	private final ProposalManagement proposals;

	private final EmployerFiguresManagement figures;

	private final SmallCells smallCells;

	private final CurrentUser currentUser;

	MatchingApiController(JobProfileManagement profiles, MatchingManagement matching, ProposalManagement proposals,
			EmployerFiguresManagement figures, SmallCells smallCells, CurrentUser currentUser) {
		this.profiles = profiles;
		this.matching = matching;
		this.proposals = proposals;
		this.figures = figures;
		this.smallCells = smallCells;
		this.currentUser = currentUser;
	}

	@GetMapping("/enrollments/{id}/job-profile")
	ResponseEntity<JobProfileView> profile(@PathVariable UUID id) {
		JobProfileView profile = this.profiles.get(id, this.currentUser.scopeForPeople());
		var ok = ResponseEntity.ok();
		return ((profile.version() != null) ? ok.eTag(ETags.of(profile.version())) : ok).body(profile);
	}

	/**
	 * Records the profile; {@code If-Match: *} when none exists yet, or the profile's
	 * ETag.
	 */
	@PutMapping("/enrollments/{id}/job-profile")
	ResponseEntity<JobProfileView> record(@PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
			@Valid @RequestBody JobProfileForm form) {
		var scope = this.currentUser.scopeForPeople();
		form.setVersion(ETags.expected(ifMatch));
		this.profiles.record(id, form, scope);
		JobProfileView recorded = this.profiles.get(id, scope);
		return ResponseEntity.ok().eTag(ETags.of(recorded.version())).body(recorded);
	}

	@GetMapping("/enrollments/{id}/matches")
	List<VacancyMatch> vacancies(@PathVariable UUID id, @RequestParam(required = false) String municipality,
			@RequestParam(required = false) String field, @RequestParam(required = false) PlaceKind kind,
			@RequestParam(defaultValue = "false") boolean nearMisses) {
		return this.matching.forEnrollment(id, new MatchFilter(municipality, field, kind, null, nearMisses),
				this.currentUser.scopeForPeople());
	}

	@GetMapping("/vacancies/{id}/matches")
	List<CandidateMatch> candidates(@PathVariable UUID id, @RequestParam(required = false) String municipality,
			@RequestParam(required = false) UUID project, @RequestParam(defaultValue = "false") boolean nearMisses) {
		return this.matching.forVacancy(id, new MatchFilter(municipality, null, null, project, nearMisses),
				this.currentUser.scopeForPeople());
	}

	@GetMapping("/vacancies/{id}/proposals")
	List<ProposalView> proposals(@PathVariable UUID id) {
		return this.proposals.ofVacancy(id, this.currentUser.scopeForPeople());
	}

	/** What a client sends to propose a participant. */
	record ProposalRequest(UUID enrollmentId) {

	}

	@PostMapping("/vacancies/{id}/proposals")
	ResponseEntity<ProposalView> propose(@PathVariable UUID id, @RequestBody ProposalRequest request) {
		var scope = this.currentUser.scopeForPeople();
		UUID proposal = this.proposals.propose(id, request.enrollmentId(), scope);
		return ResponseEntity.created(URI.create("/api/v1/proposals/" + proposal))
			.body(this.proposals.get(proposal, scope));
	}

	@GetMapping("/proposals/{id}")
	ProposalView proposal(@PathVariable UUID id) {
		return this.proposals.get(id, this.currentUser.scopeForPeople());
	}

	@PostMapping("/proposals/{id}/steps")
	ProposalView advance(@PathVariable UUID id, @Valid @RequestBody ProposalStepForm form) {
		var scope = this.currentUser.scopeForPeople();
		this.proposals.advance(id, form, scope);
		return this.proposals.get(id, scope);
	}

	/** The outcome recorded from a hire. */
	record RecordedOutcome(UUID outcomeId) {

	}

	@PostMapping("/proposals/{id}/outcome")
	ResponseEntity<RecordedOutcome> recordOutcome(@PathVariable UUID id, @Valid @RequestBody HireOutcomeForm form) {
		UUID outcome = this.proposals.recordOutcome(id, form, this.currentUser.scopeForPeople());
		return ResponseEntity.status(201).body(new RecordedOutcome(outcome));
	}

	/**
	 * A project's employer figures; for aggregate roles what the page withholds is null.
	 */
	@GetMapping("/projects/{id}/employer-figures")
	EmployerFigures figures(@PathVariable UUID id) {
		var scope = this.currentUser.scope();
		return this.figures.of(id, scope).masked(this.smallCells.thresholdFor(scope.seesSuppressedFigures()));
	}

}
