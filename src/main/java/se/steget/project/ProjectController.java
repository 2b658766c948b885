package se.steget.project;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.RequestParam;

import se.steget.access.AccessManagement;
import se.steget.access.CurrentUser;
import se.steget.core.Forms;
import se.steget.core.Municipalities;
import se.steget.organisation.OrganisationManagement;

@Controller
@RequestMapping("/projects")
class ProjectController {

	private final ProjectManagement projects;

	private final OrganisationManagement organisations;

	private final AccessManagement access;

	private final CurrentUser currentUser;

	private final TrackManagement tracks;

	private final List<ProjectPageSection> sections;

	private final ProjectTemplates templates;

	private final IntakeManagement intake;

	private final ScaleManagement scales;

	ProjectController(ProjectManagement projects, OrganisationManagement organisations, AccessManagement access,
			CurrentUser currentUser, TrackManagement tracks, List<ProjectPageSection> sections,
			ProjectTemplates templates, IntakeManagement intake, ScaleManagement scales) {
		this.scales = scales;
		this.templates = templates;
		this.intake = intake;
		this.projects = projects;
		this.tracks = tracks;
		this.sections = sections;
		this.organisations = organisations;
		this.access = access;
		this.currentUser = currentUser;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		var scope = this.currentUser.scope();
		model.addAttribute("q", q);
		model.addAttribute("page", this.projects.search(q, page, scope));
		model.addAttribute("canCreate", scope.canManageProjects());
		return (htmx != null) ? "projects/list :: results" : "projects/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		var scope = this.currentUser.scope();
		model.addAttribute("project", this.projects.get(id, scope));
		model.addAttribute("tracks", this.tracks.tracks(id));
		model.addAttribute("intakeSteps", this.intake.steps(id));
		model.addAttribute("scales", this.scales.scales(id));
		model.addAttribute("canEdit", scope.canManageProjects());
		this.sections.forEach((section) -> section.contribute(id, scope, model));
		return "projects/detail";
	}

	@GetMapping("/new")
	String create(Model model) {
		ProjectManagement.requireManager(null, this.currentUser.scope());
		model.addAttribute("projectForm", new ProjectForm());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid ProjectForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		UUID id = Forms.created(result, () -> this.templates.create(form, this.currentUser.scope()));
		if (id != null) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/projects/" + id;
		}
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		model.addAttribute("projectForm", this.projects.editForm(id, this.currentUser.scope()));
		return form(model, id);
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable UUID id, @Valid ProjectForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.projects.update(id, form, this.currentUser.scope()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/projects/" + id;
		}
		this.projects.editForm(id, this.currentUser.scope());
		if (result.hasFieldErrors("version")) {
			model.addAttribute("differences", this.projects.differences(id, form, this.currentUser.scope()));
		}
		return form(model, id);
	}

	@GetMapping("/{id}/intake")
	String intake(@PathVariable UUID id, Model model) {
		model.addAttribute("intakeForm", this.intake.form(id, this.currentUser.scope()));
		return intakeForm(model, id);
	}

	@PostMapping("/{id}/intake")
	String intake(@PathVariable UUID id, @Valid IntakeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.intake.replace(id, form, this.currentUser.scope()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/projects/" + id;
		}
		if (result.hasFieldErrors("version")) {
			model.addAttribute("differences", this.intake.differences(id, form, this.currentUser.scope()));
		}
		return intakeForm(model, id);
	}

	private String intakeForm(Model model, UUID id) {
		model.addAttribute("project", this.projects.get(id, this.currentUser.scope()));
		return "projects/intake-form";
	}

	private String form(Model model, UUID id) {
		model.addAttribute("projectId", id);
		model.addAttribute("phases", ProjectPhase.values());
		model.addAttribute("organisations", this.organisations.all());
		model.addAttribute("municipalities", Municipalities.all());
		model.addAttribute("staff", this.access.staff());
		model.addAttribute("templates", this.templates.all());
		return "projects/form";
	}

}
