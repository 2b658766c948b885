package se.steget.access;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.steget.core.Municipalities;
import se.steget.core.NotFoundException;

/**
 * The administrator's pages for local accounts.
 */
@Controller
@RequestMapping("/users")
class UserController {

	private static final int MIN_PASSWORD_LENGTH = 12;

	private final UserAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final JdbcClient jdbc;

	UserController(UserAccounts accounts, PasswordEncoder passwordEncoder, JdbcClient jdbc) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.jdbc = jdbc;
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("staffFunctions", StaffFunction.values());
		model.addAttribute("municipalities", Municipalities.all());
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.jdbc.sql(
				"select id, username, display_name, role, staff_function, enabled from user_account order by display_name")
			.query(UserSummary.class)
			.list());
		return "users/list";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("userForm", new UserForm());
		return "users/form";
	}

	@PostMapping("/new")
	@Transactional
	String create(@Valid UserForm form, BindingResult result, RedirectAttributes redirect) {
		if (this.accounts.existsByUsername(form.getUsername())) {
			result.rejectValue("username", "error.usernameTaken");
		}
		checkPassword(form, result, true);
		checkMunicipality(form, result);
		if (result.hasErrors()) {
			return "users/form";
		}
		var account = new UserAccount(form.getUsername(), this.passwordEncoder.encode(form.getPassword()));
		account.describe(form.getDisplayName(), form.getEmail(), form.getRole(), form.getStaffFunction());
		account.placeIn(form.getMunicipalityCode());
		this.accounts.save(account);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/users";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		model.addAttribute("userForm", UserForm.of(find(id)));
		model.addAttribute("userId", id);
		return "users/form";
	}

	@PostMapping("/{id}/edit")
	@Transactional
	String edit(@PathVariable UUID id, @Valid UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UserAccount account = find(id);
		form.setUsername(account.getUsername());
		checkPassword(form, result, false);
		checkMunicipality(form, result);
		if (result.hasErrors()) {
			model.addAttribute("userId", id);
			return "users/form";
		}
		account.describe(form.getDisplayName(), form.getEmail(), form.getRole(), form.getStaffFunction());
		account.placeIn(form.getMunicipalityCode());
		account.setEnabled(form.isEnabled());
		if (form.getPassword() != null && !form.getPassword().isEmpty()) {
			account.changePassword(this.passwordEncoder.encode(form.getPassword()));
		}
		this.accounts.save(account);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/users";
	}

	private void checkPassword(UserForm form, BindingResult result, boolean required) {
		String password = form.getPassword();
		boolean empty = password == null || password.isEmpty();
		if ((required || !empty) && (empty || password.length() < MIN_PASSWORD_LENGTH)) {
			result.rejectValue("password", "error.passwordTooShort", new Object[] { MIN_PASSWORD_LENGTH }, null);
		}
	}

	/** A municipal coordinator needs the municipality whose participants they see. */
	private void checkMunicipality(UserForm form, BindingResult result) {
		String code = form.getMunicipalityCode();
		boolean coordinator = form.getRole() == Role.STAFF
				&& form.getStaffFunction() == StaffFunction.MUNICIPAL_COORDINATOR;
		if (coordinator && code == null) {
			result.rejectValue("municipalityCode", "error.coordinatorMunicipality");
		}
		else if (code != null && Municipalities.find(code).isEmpty()) {
			result.rejectValue("municipalityCode", "error.municipality");
		}
	}

	private UserAccount find(UUID id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("User"));
	}

}
