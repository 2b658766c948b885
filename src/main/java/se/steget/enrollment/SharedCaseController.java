package se.steget.enrollment;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.steget.access.AccessManagement;
import se.steget.access.CurrentUser;
import se.steget.core.RejectedInputException;

/**
 * The pages of a shared case: adding staff with a role, and removing them.
 */
@Controller
@RequestMapping("/enrollments")
class SharedCaseController {

	private final SharedCaseManagement sharedCases;

	private final EnrollmentManagement enrollments;

	private final AccessManagement access;

	private final CurrentUser currentUser;

	SharedCaseController(SharedCaseManagement sharedCases, EnrollmentManagement enrollments, AccessManagement access,
			CurrentUser currentUser) {
		this.sharedCases = sharedCases;
		this.enrollments = enrollments;
		this.access = access;
		this.currentUser = currentUser;
	}

	@GetMapping("/{id}/staff")
	String share(@PathVariable UUID id, Model model) {
		model.addAttribute("caseStaffForm", new CaseStaffForm());
		return shareForm(model, id);
	}

	@PostMapping("/{id}/staff")
	String share(@PathVariable UUID id, @Valid CaseStaffForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.sharedCases.shareCase(id, form, this.currentUser.scopeForPeople());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/enrollments/" + id;
			}
			catch (RejectedInputException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.args(), null);
			}
		}
		return shareForm(model, id);
	}

	@PostMapping("/{id}/staff/{userId}/remove")
	String unshare(@PathVariable UUID id, @PathVariable UUID userId, RedirectAttributes redirect) {
		this.sharedCases.unshareCase(id, userId, this.currentUser.scopeForPeople());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/enrollments/" + id;
	}

	private String shareForm(Model model, UUID id) {
		model.addAttribute("enrollment", this.enrollments.get(id, this.currentUser.scopeForPeople()));
		model.addAttribute("staff", this.access.staff());
		model.addAttribute("caseRoles", CaseRole.values());
		return "enrollments/staff";
	}

}
