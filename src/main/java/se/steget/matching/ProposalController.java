package se.steget.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.steget.access.CurrentUser;
import se.steget.core.Forms;
import se.steget.employer.VacancyManagement;
import se.steget.employer.VacancyView;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.EnrollmentView;

/**
 * A vacancy's page with its proposals and the participants who match it, and a proposal
 * from match to hire.
 */
@Controller
class ProposalController {

	private final ProposalManagement proposals;

	private final MatchingManagement matching;

	private final VacancyManagement vacancies;

	private final EnrollmentManagement enrollments;

	private final CurrentUser currentUser;

	private final Clock clock;

	ProposalController(ProposalManagement proposals, MatchingManagement matching, VacancyManagement vacancies,
			EnrollmentManagement enrollments, CurrentUser currentUser, Clock clock) {
		this.proposals = proposals;
		this.matching = matching;
		this.vacancies = vacancies;
		this.enrollments = enrollments;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@GetMapping("/vacancies/{id}")
	String vacancy(@PathVariable UUID id, Model model) {
		var scope = this.currentUser.scopeForPeople();
		model.addAttribute("vacancy", this.vacancies.get(id, scope));
		model.addAttribute("proposals", this.proposals.ofVacancy(id, scope));
		model.addAttribute("caseload", this.enrollments.caseload(scope));
		return "matching/vacancy";
	}

	@GetMapping("/vacancies/{id}/matches")
	String candidates(@PathVariable UUID id, @RequestParam(required = false) String municipality,
			@RequestParam(required = false) UUID project, @RequestParam(defaultValue = "false") boolean nearMisses,
			Model model) {
		var scope = this.currentUser.scopeForPeople();
		var filter = new MatchFilter(municipality, null, null, project, nearMisses);
		model.addAttribute("vacancy", this.vacancies.get(id, scope));
		model.addAttribute("filter", filter);
		model.addAttribute("matches", this.matching.forVacancy(id, filter, scope));
		return "matching/candidate-matches";
	}

	@PostMapping("/vacancies/{id}/proposals")
	String propose(@PathVariable UUID id, @RequestParam(required = false) UUID enrollmentId,
			@RequestParam(defaultValue = "vacancy") String back, RedirectAttributes redirect) {
		var scope = this.currentUser.scopeForPeople();
		try {
			UUID proposal = this.proposals.propose(id, enrollmentId, scope);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/proposals/" + proposal;
		}
		catch (se.steget.core.RejectedInputException ex) {
			redirect.addFlashAttribute("refused", ex.messageKey());
			return back.equals("matches") && enrollmentId != null ? "redirect:/enrollments/" + enrollmentId + "/matches"
					: "redirect:/vacancies/" + id;
		}
	}

	@GetMapping("/proposals/{id}")
	String proposal(@PathVariable UUID id, Model model) {
		var scope = this.currentUser.scopeForPeople();
		ProposalView proposal = this.proposals.get(id, scope);
		if (!model.containsAttribute("proposalStepForm")) {
			var step = new ProposalStepForm(null, LocalDate.now(this.clock));
			step.setVersion(proposal.version());
			model.addAttribute("proposalStepForm", step);
		}
		if (!model.containsAttribute("hireOutcomeForm")) {
			var hire = new HireOutcomeForm();
			hire.setObservedOn(proposal.steps().get(proposal.steps().size() - 1).takenOn());
			model.addAttribute("hireOutcomeForm", hire);
		}
		return proposalPage(proposal, model);
	}

	@PostMapping("/proposals/{id}/steps")
	String advance(@PathVariable UUID id, @Valid ProposalStepForm proposalStepForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var scope = this.currentUser.scopeForPeople();
		if (!Forms.saved(result, () -> this.proposals.advance(id, proposalStepForm, scope))) {
			var hire = new HireOutcomeForm();
			hire.setObservedOn(LocalDate.now(this.clock));
			model.addAttribute("hireOutcomeForm", hire);
			return proposalPage(this.proposals.get(id, scope), model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/proposals/" + id;
	}

	@PostMapping("/proposals/{id}/outcome")
	String recordOutcome(@PathVariable UUID id, @Valid HireOutcomeForm hireOutcomeForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var scope = this.currentUser.scopeForPeople();
		if (!Forms.saved(result, () -> this.proposals.recordOutcome(id, hireOutcomeForm, scope))) {
			model.addAttribute("proposalStepForm", new ProposalStepForm(null, LocalDate.now(this.clock)));
			return proposalPage(this.proposals.get(id, scope), model);
		}
		redirect.addFlashAttribute("saved", true);
		ProposalView proposal = this.proposals.get(id, scope);
		return "redirect:/enrollments/" + proposal.enrollmentId() + "/outcomes";
	}

	private String proposalPage(ProposalView proposal, Model model) {
		var scope = this.currentUser.scopeForPeople();
		VacancyView vacancy = this.vacancies.get(proposal.vacancyId(), scope);
		EnrollmentView enrollment = this.enrollments.get(proposal.enrollmentId(), scope);
		model.addAttribute("proposal", proposal);
		model.addAttribute("vacancy", vacancy);
		model.addAttribute("enrollment", enrollment);
		model.addAttribute("match", this.matching.match(proposal.enrollmentId(), vacancy, scope));
		model.addAttribute("outsideHome", this.proposals.outsideHome(enrollment, vacancy));
		model.addAttribute("statuses", ProposalStatus.values());
		model.addAttribute("declinedBy", DeclinedBy.values());
		return "matching/proposal";
	}

}
