package se.steget.participant;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.RequestParam;

import se.steget.access.AuditLog;
import se.steget.access.CurrentUser;
import se.steget.core.BirthRegion;
import se.steget.core.EducationLevel;
import se.steget.core.Forms;
import se.steget.core.Gender;
import se.steget.core.Municipalities;
import se.steget.core.PlainText;
import se.steget.core.SwedishLevel;

@Controller
@RequestMapping("/participants")
class ParticipantController {

	private final ParticipantManagement participants;

	private final List<ParticipantPageSection> sections;

	private final CurrentUser currentUser;

	private final SmartValidator validator;

	ParticipantController(ParticipantManagement participants, List<ParticipantPageSection> sections,
			CurrentUser currentUser, SmartValidator validator) {
		this.participants = participants;
		this.sections = sections;
		this.currentUser = currentUser;
		this.validator = validator;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("q", q);
		var found = this.participants.search(q, page, this.currentUser.scopeForPeople());
		AuditLog.shown(found.map(ParticipantSummary::id).toList());
		model.addAttribute("page", found);
		return (htmx != null) ? "participants/list :: results" : "participants/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		var scope = this.currentUser.scopeForPeople();
		model.addAttribute("participant", this.participants.get(id, scope));
		this.sections.forEach((section) -> section.contribute(id, scope, model));
		return "participants/detail";
	}

	/**
	 * Shows a protected person's real identity, once, to a user who gives a reason; the
	 * audit log keeps the reason with the access.
	 */
	@PostMapping("/{id}/reveal")
	String reveal(@PathVariable UUID id, @RequestParam(defaultValue = "") String purpose, Model model) {
		var scope = this.currentUser.scopeForPeople();
		if (purpose.isBlank() || purpose.length() > 300) {
			model.addAttribute("revealError", true);
		}
		else {
			model.addAttribute("revealed", this.participants.revealed(id, scope));
		}
		model.addAttribute("purpose", purpose);
		return show(id, model);
	}

	/**
	 * The look-up of a person by their full number, to enroll someone registered before.
	 */
	@GetMapping("/lookup")
	String lookUp(@RequestParam(defaultValue = "") String number, Model model) {
		this.currentUser.scopeForPeople();
		model.addAttribute("lookupForm", new LookupForm(number, null, null, null, null));
		return "participants/lookup";
	}

	@PostMapping("/lookup")
	String lookUp(@Valid LookupForm form, BindingResult result, Model model) {
		var scope = this.currentUser.scopeForPeople();
		var found = Forms.created(result, () -> this.participants.lookUp(form, scope));
		if (found != null) {
			model.addAttribute("found", found.orElse(null));
			model.addAttribute("searched", true);
		}
		return "participants/lookup";
	}

	@GetMapping("/new")
	String create(Model model) {
		this.currentUser.scopeForPeople();
		model.addAttribute("participantForm", new ParticipantForm());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid ParticipantForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		var scope = this.currentUser.scopeForPeople();
		UUID id = Forms.created(result, () -> this.participants.register(form, scope));
		if (id != null) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/participants/" + id;
		}
		model.addAttribute("offerLookup",
				result.getFieldErrors("personalIdentityNumber")
					.stream()
					.anyMatch((error) -> "error.participantExists.lookUp".equals(error.getCode())));
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		model.addAttribute("participantForm", this.participants.editForm(id, this.currentUser.scopeForPeople()));
		return form(model, id);
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable UUID id, ParticipantForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var scope = this.currentUser.scopeForPeople();
		ParticipantForm complete = this.participants.withHiddenIdentity(id, form, scope);
		this.validator.validate(complete, result);
		new PlainText.Fields().validate(form, result);
		if (Forms.saved(result, () -> this.participants.update(id, complete, scope))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/participants/" + id;
		}
		if (result.hasFieldErrors("version")) {
			model.addAttribute("differences", this.participants.differences(id, form, scope));
		}
		return form(model, id);
	}

	private String form(Model model, UUID id) {
		model.addAttribute("participantId", id);
		model.addAttribute("identityHidden",
				id != null && this.participants.get(id, this.currentUser.scopeForPeople()).protectedIdentity());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("birthRegions", BirthRegion.values());
		model.addAttribute("educationLevels", EducationLevel.values());
		model.addAttribute("swedishLevels", SwedishLevel.values());
		model.addAttribute("municipalities", Municipalities.all());
		return "participants/form";
	}

}
