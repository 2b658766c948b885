package se.steget.reporting;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.steget.access.CurrentUser;
import se.steget.core.Forms;
import se.steget.outcome.OutcomeKind;
import se.steget.outcome.OutcomeManagement;
import se.steget.project.PriorityGroupManagement;
import se.steget.project.ProjectManagement;

/**
 * A project's goals and follow-up points, which its manager sets.
 */
@Controller
@RequestMapping("/projects/{id}/goals")
class GoalController {

	private final GoalManagement goals;

	private final OutcomeManagement outcomes;

	private final ProjectManagement projects;

	private final PriorityGroupManagement groups;

	private final CurrentUser currentUser;

	GoalController(GoalManagement goals, OutcomeManagement outcomes, ProjectManagement projects,
			PriorityGroupManagement groups, CurrentUser currentUser) {
		this.goals = goals;
		this.outcomes = outcomes;
		this.projects = projects;
		this.groups = groups;
		this.currentUser = currentUser;
	}

	@GetMapping
	String list(@PathVariable UUID id, Model model) {
		model.addAttribute("goalForm", new GoalForm());
		return page(id, model);
	}

	@PostMapping
	String add(@PathVariable UUID id, @Valid GoalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.goals.add(id, form, this.currentUser.scope()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/projects/" + id + "/goals";
		}
		return page(id, model);
	}

	@PostMapping("/{goalId}/delete")
	String delete(@PathVariable UUID id, @PathVariable UUID goalId, RedirectAttributes redirect) {
		this.goals.delete(id, goalId, this.currentUser.scope());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/projects/" + id + "/goals";
	}

	private String page(UUID id, Model model) {
		var scope = this.currentUser.scope();
		model.addAttribute("project", this.projects.get(id, scope));
		model.addAttribute("goals", this.goals.goals(id));
		model.addAttribute("points", this.outcomes.followUpPoints(id));
		model.addAttribute("priorityGroups", this.groups.groups(id));
		model.addAttribute("canEdit", scope.canManageProjects());
		model.addAttribute("populations", GoalPopulation.values());
		model.addAttribute("measures", GoalMeasure.values());
		model.addAttribute("kinds", OutcomeKind.values());
		return "reports/project-goals";
	}

}
