package se.steget.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.steget.access.AccessManagement;
import se.steget.access.CurrentUser;
import se.steget.core.Forms;
import se.steget.enrollment.EnrollmentManagement;

/**
 * The contact log of one enrollment, with the form to log the next contact.
 */
@Controller
@RequestMapping("/enrollments/{id}/contacts")
class ContactController {

	private final ContactManagement contacts;

	private final EnrollmentManagement enrollments;

	private final AccessManagement access;

	private final CurrentUser currentUser;

	private final Clock clock;

	ContactController(ContactManagement contacts, EnrollmentManagement enrollments, AccessManagement access,
			CurrentUser currentUser, Clock clock) {
		this.contacts = contacts;
		this.enrollments = enrollments;
		this.access = access;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@GetMapping
	String list(@PathVariable UUID id, Model model) {
		model.addAttribute("contactForm", new ContactForm(LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES),
				ContactChannel.PHONE, ContactKind.SUPPORT_CONVERSATION, null, this.currentUser.id()));
		return page(model, id);
	}

	@PostMapping
	String log(@PathVariable UUID id, @Valid ContactForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.contacts.log(id, form, this.currentUser.scopeForPeople()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/enrollments/" + id + "/contacts";
		}
		return page(model, id);
	}

	@GetMapping("/{contactId}/edit")
	String edit(@PathVariable UUID id, @PathVariable UUID contactId, Model model) {
		model.addAttribute("contactForm", this.contacts.editForm(id, contactId, this.currentUser.scopeForPeople()));
		return editPage(model, id, contactId);
	}

	@PostMapping("/{contactId}/edit")
	String edit(@PathVariable UUID id, @PathVariable UUID contactId, @Valid ContactForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.contacts.correct(id, contactId, form, this.currentUser.scopeForPeople()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/enrollments/" + id + "/contacts";
		}
		if (result.hasFieldErrors("version")) {
			model.addAttribute("differences",
					this.contacts.differences(id, contactId, form, this.currentUser.scopeForPeople()));
		}
		return editPage(model, id, contactId);
	}

	private String editPage(Model model, UUID id, UUID contactId) {
		model.addAttribute("contactId", contactId);
		page(model, id);
		return "contacts/edit";
	}

	@PostMapping("/{contactId}/delete")
	String delete(@PathVariable UUID id, @PathVariable UUID contactId, @RequestParam Integer version,
			RedirectAttributes redirect) {
		Forms.done(redirect, () -> this.contacts.delete(id, contactId, version, this.currentUser.scopeForPeople()));
		return "redirect:/enrollments/" + id + "/contacts";
	}

	private String page(Model model, UUID id) {
		var scope = this.currentUser.scopeForPeople();
		var enrollment = this.enrollments.get(id, scope);
		model.addAttribute("enrollment", enrollment);
		model.addAttribute("contacts", this.contacts.ofEnrollment(id, scope));
		model.addAttribute("staff", this.access.members(enrollment.projectId()));
		model.addAttribute("channels", ContactChannel.values());
		model.addAttribute("kinds", ContactKind.values());
		model.addAttribute("corrections", this.contacts.corrections(id, scope));
		return "contacts/list";
	}

}
