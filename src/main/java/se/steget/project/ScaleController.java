package se.steget.project;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.steget.access.CurrentUser;
import se.steget.core.Forms;

/**
 * The pages where a manager adds and changes a project's assessment scales.
 */
@Controller
@RequestMapping("/projects/{projectId}/scales")
class ScaleController {

	private final ScaleManagement scales;

	private final ProjectManagement projects;

	private final CurrentUser currentUser;

	ScaleController(ScaleManagement scales, ProjectManagement projects, CurrentUser currentUser) {
		this.scales = scales;
		this.projects = projects;
		this.currentUser = currentUser;
	}

	@ModelAttribute
	void options(@PathVariable UUID projectId, Model model) {
		model.addAttribute("project", this.projects.get(projectId, this.currentUser.scope()));
	}

	@GetMapping("/new")
	String create(@PathVariable UUID projectId, Model model) {
		ProjectManagement.requireManager(projectId, this.currentUser.scope());
		model.addAttribute("scaleForm", new ScaleForm());
		return "projects/scale-form";
	}

	@PostMapping("/new")
	String create(@PathVariable UUID projectId, @Valid ScaleForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.scales.add(projectId, form, this.currentUser.scope()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/projects/" + projectId;
		}
		return "projects/scale-form";
	}

	@GetMapping("/{scaleId}/edit")
	String edit(@PathVariable UUID projectId, @PathVariable UUID scaleId, Model model) {
		model.addAttribute("scaleForm", this.scales.editForm(projectId, scaleId, this.currentUser.scope()));
		model.addAttribute("scaleId", scaleId);
		return "projects/scale-form";
	}

	@PostMapping("/{scaleId}/edit")
	String edit(@PathVariable UUID projectId, @PathVariable UUID scaleId, @Valid ScaleForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.scales.update(projectId, scaleId, form, this.currentUser.scope()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/projects/" + projectId;
		}
		if (result.hasFieldErrors("version")) {
			model.addAttribute("differences",
					this.scales.differences(projectId, scaleId, form, this.currentUser.scope()));
		}
		model.addAttribute("scaleId", scaleId);
		return "projects/scale-form";
	}

}
