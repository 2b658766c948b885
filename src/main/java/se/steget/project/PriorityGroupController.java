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
import se.steget.core.BirthRegion;
import se.steget.core.EducationLevel;
import se.steget.core.Forms;
import se.steget.core.Gender;
import se.steget.core.SwedishLevel;

@Controller
@RequestMapping("/projects/{projectId}/priority-groups")
class PriorityGroupController {

	private final PriorityGroupManagement groups;

	private final ProjectManagement projects;

	private final CurrentUser currentUser;

	PriorityGroupController(PriorityGroupManagement groups, ProjectManagement projects, CurrentUser currentUser) {
		this.groups = groups;
		this.projects = projects;
		this.currentUser = currentUser;
	}

	@ModelAttribute
	void options(@PathVariable UUID projectId, Model model) {
		model.addAttribute("project", this.projects.get(projectId, this.currentUser.scope()));
		model.addAttribute("genders", Gender.values());
		model.addAttribute("birthRegions", BirthRegion.values());
		model.addAttribute("educationLevels", EducationLevel.values());
		model.addAttribute("swedishLevels", SwedishLevel.values());
	}

	@GetMapping("/new")
	String create(@PathVariable UUID projectId, Model model) {
		ProjectManagement.requireManager(projectId, this.currentUser.scope());
		model.addAttribute("priorityGroupForm", new PriorityGroupForm());
		return "projects/priority-group-form";
	}

	@PostMapping("/new")
	String create(@PathVariable UUID projectId, @Valid PriorityGroupForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.groups.add(projectId, form, this.currentUser.scope()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/projects/" + projectId;
		}
		return "projects/priority-group-form";
	}

	@GetMapping("/{groupId}/edit")
	String edit(@PathVariable UUID projectId, @PathVariable UUID groupId, Model model) {
		model.addAttribute("priorityGroupForm", this.groups.editForm(projectId, groupId, this.currentUser.scope()));
		model.addAttribute("groupId", groupId);
		return "projects/priority-group-form";
	}

	@PostMapping("/{groupId}/edit")
	String edit(@PathVariable UUID projectId, @PathVariable UUID groupId, @Valid PriorityGroupForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.groups.update(projectId, groupId, form, this.currentUser.scope()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/projects/" + projectId;
		}
		if (result.hasFieldErrors("version")) {
			model.addAttribute("differences",
					this.groups.differences(projectId, groupId, form, this.currentUser.scope()));
		}
		model.addAttribute("groupId", groupId);
		return "projects/priority-group-form";
	}

}
