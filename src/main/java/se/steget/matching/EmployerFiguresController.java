package se.steget.matching;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import se.steget.access.CurrentUser;
import se.steget.core.SmallCells;
import se.steget.project.ProjectManagement;
import se.steget.project.ProjectSummary;

/**
 * The employer figures of a project, by gender, and the hires at one employer.
 */
@Controller
class EmployerFiguresController {

	private final EmployerFiguresManagement figures;

	private final ProposalManagement proposals;

	private final ProjectManagement projects;

	private final SmallCells smallCells;

	private final CurrentUser currentUser;

	EmployerFiguresController(EmployerFiguresManagement figures, ProposalManagement proposals,
			ProjectManagement projects, SmallCells smallCells, CurrentUser currentUser) {
		this.figures = figures;
		this.proposals = proposals;
		this.projects = projects;
		this.smallCells = smallCells;
		this.currentUser = currentUser;
	}

	@GetMapping("/employers/figures")
	String figures(@RequestParam(required = false) UUID project, Model model) {
		var scope = this.currentUser.scope();
		List<ProjectSummary> visible = this.projects.visible(scope);
		UUID shown = (project != null) ? project : visible.stream().findFirst().map(ProjectSummary::id).orElse(null);
		model.addAttribute("projects", visible);
		model.addAttribute("project", shown);
		model.addAttribute("threshold", this.smallCells.thresholdFor(scope.seesSuppressedFigures()));
		if (shown != null) {
			model.addAttribute("figures", this.figures.of(shown, scope));
		}
		return "matching/figures";
	}

	/** The hires at an employer: a part of the employer's page, loaded into it. */
	@GetMapping("/employers/{id}/hires")
	ModelAndView hires(@PathVariable UUID id) {
		return new ModelAndView("matching/hires :: hires", "hires",
				this.proposals.hiresAt(id, this.currentUser.scopeForPeople()));
	}

}
