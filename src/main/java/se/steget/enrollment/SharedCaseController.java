package se.steget.enrollment;

import java.util.ArrayList;
import java.util.List;
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
import se.steget.access.StaffMember;
import se.steget.core.Forms;

/**
 * The pages of a shared case: adding staff with a role, and removing them.
 */
@Controller
@RequestMapping("/enrollments")
class SharedCaseController {

	/** Staff a search shows at most. */
	static final int SEARCH_LIMIT = 50;

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
	String share(@PathVariable UUID id, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("caseStaffForm", new CaseStaffForm());
		return shareForm(model, id, q, null);
	}

	@PostMapping("/{id}/staff")
	String share(@PathVariable UUID id, @RequestParam(required = false) String q, @Valid CaseStaffForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.sharedCases.shareCase(id, form, this.currentUser.scopeForPeople()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/enrollments/" + id;
		}
		return shareForm(model, id, q, form.getUserId());
	}

	@PostMapping("/{id}/staff/{userId}/remove")
	String unshare(@PathVariable UUID id, @PathVariable UUID userId, RedirectAttributes redirect) {
		this.sharedCases.unshareCase(id, userId, this.currentUser.scopeForPeople());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/enrollments/" + id;
	}

	/**
	 * The form, offering the project's staff, or those the search finds among all staff,
	 * and whoever was chosen.
	 */
	private String shareForm(Model model, UUID id, String q, UUID chosen) {
		EnrollmentView enrollment = this.enrollments.get(id, this.currentUser.scopeForPeople());
		boolean searched = q != null && !q.isBlank();
		List<StaffMember> staff = new ArrayList<>(
				searched ? this.access.search(q, SEARCH_LIMIT) : this.access.members(enrollment.projectId()));
		if (chosen != null && staff.stream().noneMatch((m) -> m.id().equals(chosen))) {
			this.access.find(chosen).ifPresent((m) -> staff.add(0, m));
		}
		model.addAttribute("enrollment", enrollment);
		model.addAttribute("q", searched ? q.trim() : null);
		model.addAttribute("staff", staff);
		model.addAttribute("moreFound", searched && staff.size() >= SEARCH_LIMIT);
		model.addAttribute("caseRoles", CaseRole.values());
		return "enrollments/staff";
	}

}
