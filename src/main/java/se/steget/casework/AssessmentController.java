package se.steget.casework;

import java.time.Clock;
import java.time.LocalDate;
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
import se.steget.project.ScaleManagement;

/**
 * The assessments of one enrollment: the progression per scale and the form for a new
 * measurement.
 */
@Controller
@RequestMapping("/enrollments/{id}/assessments")
class AssessmentController {

	private final AssessmentManagement assessments;

	private final EnrollmentManagement enrollments;

	private final ScaleManagement scales;

	private final AccessManagement access;

	private final CurrentUser currentUser;

	private final Clock clock;

	AssessmentController(AssessmentManagement assessments, EnrollmentManagement enrollments, ScaleManagement scales,
			AccessManagement access, CurrentUser currentUser, Clock clock) {
		this.assessments = assessments;
		this.enrollments = enrollments;
		this.scales = scales;
		this.access = access;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@GetMapping
	String list(@PathVariable UUID id, Model model) {
		model.addAttribute("assessmentForm",
				new AssessmentForm(null, LocalDate.now(this.clock), null, this.currentUser.id()));
		return page(model, id);
	}

	@PostMapping
	String record(@PathVariable UUID id, @Valid AssessmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.assessments.record(id, form, this.currentUser.scopeForPeople()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/enrollments/" + id + "/assessments";
		}
		return page(model, id);
	}

	@GetMapping("/{assessmentId}/edit")
	String edit(@PathVariable UUID id, @PathVariable UUID assessmentId, Model model) {
		model.addAttribute("assessmentForm",
				this.assessments.editForm(id, assessmentId, this.currentUser.scopeForPeople()));
		return editPage(model, id, assessmentId);
	}

	@PostMapping("/{assessmentId}/edit")
	String edit(@PathVariable UUID id, @PathVariable UUID assessmentId, @Valid AssessmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (Forms.saved(result,
				() -> this.assessments.correct(id, assessmentId, form, this.currentUser.scopeForPeople()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/enrollments/" + id + "/assessments";
		}
		if (result.hasFieldErrors("version")) {
			model.addAttribute("differences",
					this.assessments.differences(id, assessmentId, form, this.currentUser.scopeForPeople()));
		}
		return editPage(model, id, assessmentId);
	}

	@PostMapping("/{assessmentId}/delete")
	String delete(@PathVariable UUID id, @PathVariable UUID assessmentId, @RequestParam Integer version,
			RedirectAttributes redirect) {
		Forms.done(redirect,
				() -> this.assessments.remove(id, assessmentId, version, this.currentUser.scopeForPeople()));
		return "redirect:/enrollments/" + id + "/assessments";
	}

	private String editPage(Model model, UUID id, UUID assessmentId) {
		model.addAttribute("assessmentId", assessmentId);
		page(model, id);
		return "assessments/edit";
	}

	private String page(Model model, UUID id) {
		var scope = this.currentUser.scopeForPeople();
		var enrollment = this.enrollments.get(id, scope);
		model.addAttribute("enrollment", enrollment);
		model.addAttribute("progressions", this.assessments.progressions(id, scope));
		model.addAttribute("assessments", this.assessments.ofEnrollment(id, scope));
		model.addAttribute("scales", this.scales.scales(enrollment.projectId()));
		model.addAttribute("staff", this.access.members(enrollment.projectId()));
		model.addAttribute("corrections", this.assessments.corrections(id, scope));
		return "assessments/list";
	}

}
