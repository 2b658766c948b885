package se.steget.casework;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.steget.access.CurrentUser;
import se.steget.core.Download;
import se.steget.core.Forms;
import se.steget.core.RejectedInputException;
import se.steget.enrollment.EnrollmentManagement;

/**
 * The action plan page: goals, steps and their status, and the revisions.
 */
@Controller
@RequestMapping("/enrollments/{id}/plan")
class ActionPlanController {

	private final ActionPlanManagement plans;

	private final EnrollmentManagement enrollments;

	private final MyPlan myPlan;

	private final CurrentUser currentUser;

	ActionPlanController(ActionPlanManagement plans, EnrollmentManagement enrollments, MyPlan myPlan,
			CurrentUser currentUser) {
		this.myPlan = myPlan;
		this.plans = plans;
		this.enrollments = enrollments;
		this.currentUser = currentUser;
	}

	@GetMapping
	String show(@PathVariable UUID id, @RequestParam(required = false) Integer revision, Model model) {
		var scope = this.currentUser.scopeForPeople();
		PlanView plan = (revision != null) ? this.plans.revision(id, revision, scope) : this.plans.plan(id, scope);
		model.addAttribute("planGoalsForm", PlanGoalsForm.of(plan));
		model.addAttribute("planStepForm", new PlanStepForm());
		model.addAttribute("shownRevision", revision);
		return page(model, id, plan);
	}

	/** The plan as the participant takes it home: a PDF in plain language. */
	@GetMapping("/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		var scope = this.currentUser.scopeForPeople();
		byte[] pdf = this.myPlan.pdf(this.enrollments.get(id, scope), this.plans.plan(id, scope));
		return Download.of(pdf, MediaType.APPLICATION_PDF, "min-plan.pdf");
	}

	@PostMapping("/goals")
	String goals(@PathVariable UUID id, @Valid PlanGoalsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.plans.setGoals(id, form, this.currentUser.scopeForPeople()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/enrollments/" + id + "/plan";
		}
		if (result.hasFieldErrors("version")) {
			model.addAttribute("differences", this.plans.goalDifferences(id, form, this.currentUser.scopeForPeople()));
		}
		model.addAttribute("planStepForm", new PlanStepForm());
		return page(model, id, this.plans.plan(id, this.currentUser.scopeForPeople()));
	}

	@PostMapping("/steps")
	String addStep(@PathVariable UUID id, @Valid PlanStepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.plans.addStep(id, form, this.currentUser.scopeForPeople()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/enrollments/" + id + "/plan";
		}
		PlanView plan = this.plans.plan(id, this.currentUser.scopeForPeople());
		model.addAttribute("planGoalsForm", PlanGoalsForm.of(plan));
		return page(model, id, plan);
	}

	@PostMapping("/steps/{stepId}")
	String changeStatus(@PathVariable UUID id, @PathVariable UUID stepId, @RequestParam StepStatus status,
			@RequestParam Integer version, RedirectAttributes redirect) {
		Forms.done(redirect,
				() -> this.plans.changeStatus(id, stepId, status, version, this.currentUser.scopeForPeople()));
		return "redirect:/enrollments/" + id + "/plan";
	}

	@GetMapping("/steps/{stepId}/edit")
	String editStep(@PathVariable UUID id, @PathVariable UUID stepId, Model model) {
		model.addAttribute("planStepForm", this.plans.stepForm(id, stepId, this.currentUser.scopeForPeople()));
		return stepPage(model, id, stepId);
	}

	@PostMapping("/steps/{stepId}/edit")
	String editStep(@PathVariable UUID id, @PathVariable UUID stepId, @Valid PlanStepForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.plans.correctStep(id, stepId, form, this.currentUser.scopeForPeople()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/enrollments/" + id + "/plan";
		}
		if (result.hasFieldErrors("version")) {
			model.addAttribute("differences",
					this.plans.stepDifferences(id, stepId, form, this.currentUser.scopeForPeople()));
		}
		return stepPage(model, id, stepId);
	}

	@PostMapping("/steps/{stepId}/delete")
	String removeStep(@PathVariable UUID id, @PathVariable UUID stepId, @RequestParam Integer version,
			RedirectAttributes redirect) {
		Forms.done(redirect, () -> this.plans.removeStep(id, stepId, version, this.currentUser.scopeForPeople()));
		return "redirect:/enrollments/" + id + "/plan";
	}

	private String stepPage(Model model, UUID id, UUID stepId) {
		model.addAttribute("enrollment", this.enrollments.get(id, this.currentUser.scopeForPeople()));
		model.addAttribute("stepId", stepId);
		model.addAttribute("areas", PlanArea.values());
		model.addAttribute("owners", StepOwner.values());
		return "plans/step";
	}

	private String page(Model model, UUID id, PlanView plan) {
		var scope = this.currentUser.scopeForPeople();
		model.addAttribute("enrollment", this.enrollments.get(id, scope));
		model.addAttribute("plan", plan);
		model.addAttribute("revisions", this.plans.revisions(id, scope));
		model.addAttribute("areas", PlanArea.values());
		model.addAttribute("owners", StepOwner.values());
		model.addAttribute("statuses", StepStatus.values());
		return "plans/show";
	}

}
