package se.steget.evaluation;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.steget.access.AccessScope;
import se.steget.access.CurrentUser;
import se.steget.core.NotFoundException;
import se.steget.project.ProjectManagement;

/**
 * A project's participants compared with its matched comparison group: for its managers,
 * its steering group and its evaluator, aggregated only.
 */
@Controller
class ComparisonController {

	private final MatchedComparison comparison;

	private final ProjectManagement projects;

	private final CurrentUser currentUser;

	ComparisonController(MatchedComparison comparison, ProjectManagement projects, CurrentUser currentUser) {
		this.comparison = comparison;
		this.projects = projects;
		this.currentUser = currentUser;
	}

	@GetMapping("/evaluation/{id}/comparison")
	String show(@PathVariable UUID id, Model model) {
		AccessScope scope = this.currentUser.scope();
		model.addAttribute("report", this.comparison.of(id, scope));
		model.addAttribute("projectName", this.projects.nameOf(id).orElseThrow(() -> new NotFoundException("Project")));
		model.addAttribute("projectId", id);
		model.addAttribute("mayImport", ComparisonGroupManagement.mayKeep(id, scope));
		return "evaluation/comparison";
	}

}
