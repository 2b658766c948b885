package se.steget.access;

import java.time.Clock;
import java.time.LocalDate;
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

import se.steget.core.Forms;

/**
 * A user's own API tokens: make one (shown once), see when each was last used, revoke.
 */
@Controller
@RequestMapping("/account/tokens")
class ApiTokenController {

	private final ApiTokens tokens;

	private final CurrentUser currentUser;

	private final Clock clock;

	ApiTokenController(ApiTokens tokens, CurrentUser currentUser, Clock clock) {
		this.tokens = tokens;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("apiTokenForm", new ApiTokenForm(null, 90));
		return page(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute ApiTokenForm form, BindingResult result, Model model) {
		String token = Forms.created(result, () -> this.tokens.create(this.currentUser.id(), form.name(), form.days()));
		if (token != null) {
			model.addAttribute("newToken", token);
			model.addAttribute("apiTokenForm", new ApiTokenForm(null, 90));
		}
		return page(model);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable UUID id) {
		this.tokens.revoke(this.currentUser.id(), id);
		return "redirect:/account/tokens";
	}

	private String page(Model model) {
		model.addAttribute("tokens", this.tokens.of(this.currentUser.id()));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
		return "account/tokens";
	}

	/** What a user enters for a new token. */
	record ApiTokenForm(String name, Integer days) {
	}

}
