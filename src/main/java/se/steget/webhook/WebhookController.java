package se.steget.webhook;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.steget.access.CurrentUser;
import se.steget.core.Forms;
import se.steget.core.StaleEditException;
import se.steget.project.ProjectManagement;
import se.steget.webhook.WebhookMessage.DeliveryStatus;

/**
 * The administrators' webhook pages: the subscriptions, a new one (its secret shown
 * once), and for each its settings, a new secret, and its messages with the failed ones
 * to send again.
 */
@Controller
@RequestMapping("/webhooks")
class WebhookController {

	private static final int SHOWN = 50;

	private final WebhookManagement webhooks;

	private final ProjectManagement projects;

	private final CurrentUser currentUser;

	WebhookController(WebhookManagement webhooks, ProjectManagement projects, CurrentUser currentUser) {
		this.webhooks = webhooks;
		this.projects = projects;
		this.currentUser = currentUser;
	}

	@GetMapping
	String list(Model model) {
		return list(WebhookForm.blank(), model);
	}

	@PostMapping
	String subscribe(@Valid @ModelAttribute("webhookForm") WebhookForm form, BindingResult result, Model model) {
		WebhookManagement.Subscribed subscribed = Forms.created(result, () -> this.webhooks.subscribe(form.details()));
		if (subscribed == null) {
			return list(form, model);
		}
		model.addAttribute("newSecret", subscribed.secret());
		return show(subscribed.id(), WebhookForm.of(this.webhooks.get(subscribed.id())), model);
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		return show(id, WebhookForm.of(this.webhooks.get(id)), model);
	}

	@PostMapping("/{id}")
	String change(@PathVariable UUID id, @Valid @ModelAttribute("webhookForm") WebhookForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			if (Forms.saved(result, () -> this.webhooks.change(id, form.details(), form.version()))) {
				redirect.addFlashAttribute("saved", true);
				return "redirect:/webhooks/" + id;
			}
		}
		catch (StaleEditException ex) {
			result.reject("error.staleEdit");
			model.addAttribute("stale", true);
			WebhookView current = this.webhooks.get(id);
			return show(id, new WebhookForm(form.url(), form.description(), form.events(), form.projectId(),
					form.enabled(), current.version()), model);
		}
		return show(id, form, model);
	}

	@PostMapping("/{id}/secret")
	String rotateSecret(@PathVariable UUID id, @RequestParam(required = false) Integer version, Model model,
			RedirectAttributes redirect) {
		String[] secret = new String[1];
		if (!Forms.done(redirect, () -> secret[0] = this.webhooks.rotateSecret(id, version))) {
			return "redirect:/webhooks/" + id;
		}
		model.addAttribute("newSecret", secret[0]);
		return show(id, WebhookForm.of(this.webhooks.get(id)), model);
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable UUID id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		return Forms.done(redirect, () -> this.webhooks.remove(id, version)) ? "redirect:/webhooks"
				: "redirect:/webhooks/" + id;
	}

	@PostMapping("/{id}/messages/{messageId}/replay")
	String replay(@PathVariable UUID id, @PathVariable String messageId, RedirectAttributes redirect) {
		Forms.done(redirect, () -> this.webhooks.replay(id, messageId));
		return "redirect:/webhooks/" + id;
	}

	private String list(WebhookForm form, Model model) {
		model.addAttribute("webhooks", this.webhooks.list());
		choices(form, model);
		return "webhooks/list";
	}

	private String show(UUID id, WebhookForm form, Model model) {
		model.addAttribute("webhook", this.webhooks.get(id));
		model.addAttribute("failed", this.webhooks.messages(id, DeliveryStatus.FAILED, SHOWN));
		model.addAttribute("recent", this.webhooks.messages(id, null, SHOWN));
		choices(form, model);
		return "webhooks/show";
	}

	private void choices(WebhookForm form, Model model) {
		model.addAttribute("webhookForm", form);
		model.addAttribute("events", WebhookEvent.values());
		model.addAttribute("projects", this.projects.visible(this.currentUser.scope()));
	}

}
