package se.steget.participant;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.steget.access.AccessScope;
import se.steget.access.CurrentUser;
import se.steget.core.Forms;
import se.steget.organisation.OrganisationManagement;

/**
 * Records the participant's information and consent, and a withdrawal; the consent shows
 * on the participant page.
 */
@Controller
@RequestMapping("/participants/{id}/consent")
class ConsentController implements ParticipantPageSection {

	private final ConsentManagement consents;

	private final OrganisationManagement organisations;

	private final CurrentUser currentUser;

	ConsentController(ConsentManagement consents, OrganisationManagement organisations, CurrentUser currentUser) {
		this.consents = consents;
		this.organisations = organisations;
		this.currentUser = currentUser;
	}

	@Override
	public void contribute(UUID participantId, AccessScope scope, Model model) {
		ConsentView consent = this.consents.consent(participantId, scope);
		model.addAttribute("consent", consent);
		model.addAttribute("organisations", this.organisations
			.ofProjects(scope.allProjects() ? null : scope.projectIds(), consent.organisationIds()));
		if (!model.containsAttribute("consentForm")) {
			var form = new ConsentForm();
			form.setInformedOn(consent.informedOn());
			form.setRegistrationConsentOn(consent.registrationConsentOn());
			form.setSharingConsentOn(consent.sharingConsentOn());
			form.setOrganisationIds(consent.organisationIds());
			model.addAttribute("consentForm", form);
		}
	}

	@PostMapping
	String record(@PathVariable UUID id, ConsentForm consentForm, BindingResult result, RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.consents.record(id, consentForm, this.currentUser.scopeForPeople()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/participants/" + id + "#consent-heading";
		}
		redirect.addFlashAttribute("consentForm", consentForm);
		redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "consentForm", result);
		return "redirect:/participants/" + id + "#consent-heading";
	}

	@PostMapping("/withdraw")
	String withdraw(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed,
			RedirectAttributes redirect) {
		this.consents.consent(id, this.currentUser.scopeForPeople());
		if (!confirmed) {
			redirect.addFlashAttribute("withdrawUnconfirmed", true);
			return "redirect:/participants/" + id + "#consent-heading";
		}
		this.consents.withdraw(id, this.currentUser.scopeForPeople());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/participants/" + id;
	}

}
