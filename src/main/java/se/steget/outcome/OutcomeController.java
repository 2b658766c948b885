package se.steget.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import se.steget.enrollment.EnrollmentManagement;
import se.steget.enrollment.EnrollmentView;
import se.steget.project.ProjectManagement;

/**
 * An enrollment's outcomes upon leaving and at each follow-up, and the follow-ups due.
 */
@Controller
class OutcomeController {

	private final OutcomeManagement outcomes;

	private final EnrollmentManagement enrollments;

	private final ProjectManagement projects;

	private final CurrentUser currentUser;

	private final Clock clock;

	OutcomeController(OutcomeManagement outcomes, EnrollmentManagement enrollments, ProjectManagement projects,
			CurrentUser currentUser, Clock clock) {
		this.projects = projects;
		this.outcomes = outcomes;
		this.enrollments = enrollments;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@GetMapping("/enrollments/{id}/outcomes")
	String show(@PathVariable UUID id, @RequestParam(required = false) UUID point, Model model) {
		EnrollmentView enrollment = this.enrollments.get(id, this.currentUser.scopeForPeople());
		LocalDate today = LocalDate.now(this.clock);
		LocalDate observed = (enrollment.exitDate() != null && enrollment.exitDate().isAfter(today.minusDays(1)))
				? enrollment.exitDate() : today;
		model.addAttribute("outcomeForm", new OutcomeForm(point, observed, null, OutcomeSource.PARTICIPANT));
		return page(id, model);
	}

	@PostMapping("/enrollments/{id}/outcomes")
	String record(@PathVariable UUID id, @Valid OutcomeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.saved(result,
				() -> this.outcomes.record(id, form, this.currentUser.id(), this.currentUser.scopeForPeople()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/enrollments/" + id + "/outcomes";
		}
		return page(id, model);
	}

	@PostMapping("/enrollments/{id}/outcomes/{outcomeId}/delete")
	String delete(@PathVariable UUID id, @PathVariable UUID outcomeId, @RequestParam Integer version,
			RedirectAttributes redirect) {
		Forms.done(redirect, () -> this.outcomes.delete(id, outcomeId, version, this.currentUser.scopeForPeople()));
		return "redirect:/enrollments/" + id + "/outcomes";
	}

	/** The follow-ups due: the user's own, or a project's for those who see it. */
	@GetMapping("/follow-ups")
	String due(@RequestParam(required = false) UUID projectId, @RequestParam(defaultValue = "true") boolean mine,
			Model model) {
		var scope = this.currentUser.scopeForPeople();
		model.addAttribute("due", this.outcomes.due(projectId, mine ? this.currentUser.id() : null, scope));
		model.addAttribute("mine", mine);
		model.addAttribute("projectId", projectId);
		model.addAttribute("projects", this.projects.visible(scope));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "outcomes/follow-ups";
	}

	private String page(UUID id, Model model) {
		var scope = this.currentUser.scopeForPeople();
		EnrollmentView enrollment = this.enrollments.get(id, scope);
		model.addAttribute("enrollment", enrollment);
		List<OutcomeView> recorded = this.outcomes.ofEnrollment(id, scope);
		Map<Integer, OutcomeView> byPoint = new HashMap<>();
		recorded.stream().filter((o) -> o.daysAfterExit() != null).forEach((o) -> byPoint.put(o.daysAfterExit(), o));
		model.addAttribute("outcomes", recorded);
		model.addAttribute("corrections", this.outcomes.corrections(id, scope));
		model.addAttribute("recordedByPoint", byPoint);
		model.addAttribute("points", this.outcomes.followUpPoints(enrollment.projectId()));
		model.addAttribute("kinds", OutcomeKind.values());
		model.addAttribute("sources", OutcomeSource.values());
		model.addAttribute("dropoutReasons", DropoutReason.values());
		return "outcomes/list";
	}

}
