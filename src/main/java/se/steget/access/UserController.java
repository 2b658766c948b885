package se.steget.access;

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

import se.steget.core.Forms;
import se.steget.core.Municipalities;
import se.steget.core.NotFoundException;

/**
 * The administrator's pages for local accounts; the rules are {@link AccessManagement}'s.
 */
@Controller
@RequestMapping("/users")
class UserController {

	private final AccessManagement access;

	private final OrganisationDirectory organisations;

	UserController(AccessManagement access, OrganisationDirectory organisations) {
		this.access = access;
		this.organisations = organisations;
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("staffFunctions", StaffFunction.values());
		model.addAttribute("municipalities", Municipalities.all());
		model.addAttribute("organisations", this.organisations.all());
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.access.users());
		return "users/list";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("userForm", new UserForm());
		return "users/form";
	}

	@PostMapping("/new")
	String create(@Valid UserForm form, BindingResult result, RedirectAttributes redirect) {
		if (Forms.created(result,
				() -> this.access.createAccount(form.getUsername(), form.getPassword(), form.details())) != null) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/users";
		}
		return "users/form";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		model.addAttribute("userForm", UserForm.of(find(id)));
		model.addAttribute("userId", id);
		return "users/form";
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable UUID id, @Valid UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.setUsername(find(id).getUsername());
		if (Forms.saved(result,
				() -> this.access.updateAccount(id, form.details(), form.getPassword(), form.getVersion()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/users";
		}
		if (result.hasFieldErrors("version")) {
			UserForm saved = UserForm.of(find(id));
			form.setVersion(saved.getVersion());
			model.addAttribute("differences", form.differencesFrom(saved));
		}
		model.addAttribute("userId", id);
		return "users/form";
	}

	private UserAccount find(UUID id) {
		return this.access.account(id).orElseThrow(() -> new NotFoundException("User"));
	}

}
