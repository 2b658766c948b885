package se.steget.organisation;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.RequestParam;

import se.steget.access.CurrentUser;
import se.steget.core.Forms;
import se.steget.core.Municipalities;

@Controller
@RequestMapping("/organisations")
class OrganisationController {

	private final OrganisationManagement organisations;

	private final CurrentUser currentUser;

	OrganisationController(OrganisationManagement organisations, CurrentUser currentUser) {
		this.organisations = organisations;
		this.currentUser = currentUser;
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("municipalities", Municipalities.all());
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("page", this.organisations.search(q, page));
		model.addAttribute("canEdit", this.currentUser.scope().canManageProjects());
		return (htmx != null) ? "organisations/list :: results" : "organisations/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("organisation", this.organisations.get(id));
		model.addAttribute("canEdit", this.currentUser.scope().canManageProjects());
		return "organisations/detail";
	}

	@GetMapping("/new")
	String create(Model model) {
		requireManager();
		model.addAttribute("organisationForm", new OrganisationForm());
		return "organisations/form";
	}

	@PostMapping("/new")
	String create(@Valid OrganisationForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "organisations/form";
		}
		UUID id = this.organisations.register(form, this.currentUser.scope());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/organisations/" + id;
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		requireManager();
		model.addAttribute("organisationForm", OrganisationForm.of(this.organisations.get(id)));
		model.addAttribute("organisationId", id);
		return "organisations/form";
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable UUID id, @Valid OrganisationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.organisations.update(id, form, this.currentUser.scope()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/organisations/" + id;
		}
		if (result.hasFieldErrors("version")) {
			OrganisationForm saved = OrganisationForm.of(this.organisations.get(id));
			form.setVersion(saved.getVersion());
			model.addAttribute("differences", form.differencesFrom(saved));
		}
		model.addAttribute("organisationId", id);
		return "organisations/form";
	}

	private void requireManager() {
		if (!this.currentUser.scope().canManageProjects()) {
			throw new org.springframework.security.access.AccessDeniedException("Managers change organisations");
		}
	}

}
