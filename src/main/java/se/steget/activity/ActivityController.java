package se.steget.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.steget.access.AccessManagement;
import se.steget.access.CurrentUser;
import se.steget.core.Forms;
import se.steget.enrollment.EnrollmentManagement;
import se.steget.project.ProjectManagement;

/**
 * The project's activity calendar, the form to plan an activity, and the activity's page.
 */
@Controller
class ActivityController {

	private final ActivityManagement activities;

	private final ProjectManagement projects;

	private final EnrollmentManagement enrollments;

	private final AccessManagement access;

	private final CurrentUser currentUser;

	private final Clock clock;

	ActivityController(ActivityManagement activities, ProjectManagement projects, EnrollmentManagement enrollments,
			AccessManagement access, CurrentUser currentUser, Clock clock) {
		this.activities = activities;
		this.projects = projects;
		this.enrollments = enrollments;
		this.access = access;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@GetMapping("/projects/{id}/activities")
	String calendar(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
		var scope = this.currentUser.scopeForPeople();
		YearMonth shown = (month != null) ? month : YearMonth.now(this.clock);
		model.addAttribute("project", this.projects.get(id, scope));
		model.addAttribute("month", shown);
		model.addAttribute("days", this.activities.calendar(id, shown, scope));
		model.addAttribute("activities", this.activities.ofProject(id, scope));
		return "activities/calendar";
	}

	@GetMapping("/projects/{id}/activities/new")
	String newActivity(@PathVariable UUID id, @RequestParam(required = false) ActivityKind kind,
			@RequestParam(required = false) UUID enrollmentId, @RequestParam(required = false) UUID employerId,
			@RequestParam(required = false) UUID placeId, Model model) {
		var form = ActivityForm.of((kind != null) ? kind : ActivityKind.GROUP_PROGRAMME, LocalDate.now(this.clock),
				enrollmentId, this.currentUser.id());
		form.setEmployerId(employerId);
		form.setPlaceId(placeId);
		model.addAttribute("activityForm", form);
		return form(id, model);
	}

	@PostMapping("/projects/{id}/activities")
	String plan(@PathVariable UUID id, @Valid ActivityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UUID activity = Forms.created(result, () -> this.activities.plan(id, form, this.currentUser.scopeForPeople()));
		if (activity != null) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/activities/" + activity;
		}
		return form(id, model);
	}

	@GetMapping("/activities/{id}")
	String show(@PathVariable UUID id, Model model) {
		return page(id, model);
	}

	@PostMapping("/activities/{id}/sessions")
	String addSession(@PathVariable UUID id, @Valid SessionForm sessionForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return change(id, result, model, redirect,
				() -> this.activities.addSession(id, sessionForm, this.currentUser.scopeForPeople()));
	}

	@PostMapping("/activities/{id}/sessions/remove")
	String removeSession(@PathVariable UUID id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sessionDate,
			@RequestParam Integer version, RedirectAttributes redirect) {
		Forms.done(redirect,
				() -> this.activities.removeSession(id, sessionDate, version, this.currentUser.scopeForPeople()));
		return "redirect:/activities/" + id;
	}

	@GetMapping("/activities/{id}/sessions/edit")
	String editSession(@PathVariable UUID id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
		model.addAttribute("sessionForm", this.activities.sessionForm(id, date, this.currentUser.scopeForPeople()));
		return sessionPage(id, model);
	}

	@PostMapping("/activities/{id}/sessions/edit")
	String editSession(@PathVariable UUID id, @Valid SessionForm sessionForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.saved(result,
				() -> this.activities.correctSession(id, sessionForm, null, this.currentUser.scopeForPeople()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/activities/" + id;
		}
		return sessionPage(id, model);
	}

	@GetMapping("/activities/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		model.addAttribute("activityForm", this.activities.editForm(id, this.currentUser.scopeForPeople()));
		return editPage(id, model);
	}

	@PostMapping("/activities/{id}/edit")
	String edit(@PathVariable UUID id, @Valid ActivityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.activities.revise(id, form, this.currentUser.scopeForPeople()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/activities/" + id;
		}
		if (result.hasFieldErrors("version")) {
			model.addAttribute("differences", this.activities.differences(id, form, this.currentUser.scopeForPeople()));
		}
		return editPage(id, model);
	}

	@PostMapping("/activities/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam Integer version, RedirectAttributes redirect) {
		var scope = this.currentUser.scopeForPeople();
		UUID project = this.activities.get(id, scope).projectId();
		if (Forms.done(redirect, () -> this.activities.remove(id, version, scope))) {
			return "redirect:/projects/" + project + "/activities";
		}
		return "redirect:/activities/" + id;
	}

	private String sessionPage(UUID id, Model model) {
		model.addAttribute("activity", this.activities.get(id, this.currentUser.scopeForPeople()));
		return "activities/session";
	}

	private String editPage(UUID id, Model model) {
		var scope = this.currentUser.scopeForPeople();
		ActivityDetail activity = this.activities.get(id, scope);
		model.addAttribute("activity", activity);
		model.addAttribute("project", this.projects.get(activity.projectId(), scope));
		model.addAttribute("staff", this.access.members(activity.projectId()));
		model.addAllAttributes(this.activities.employerChoices(activity.projectId(), activity.employerId(), scope));
		return "activities/edit";
	}

	@PostMapping("/activities/{id}/members")
	String addMember(@PathVariable UUID id, @Valid MemberForm memberForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return change(id, result, model, redirect,
				() -> this.activities.addMember(id, memberForm.getEnrollmentId(), this.currentUser.scopeForPeople()));
	}

	@PostMapping("/activities/{id}/members/{enrollmentId}/remove")
	String removeMember(@PathVariable UUID id, @PathVariable UUID enrollmentId, @RequestParam Integer version,
			RedirectAttributes redirect) {
		Forms.done(redirect,
				() -> this.activities.removeMember(id, enrollmentId, version, this.currentUser.scopeForPeople()));
		return "redirect:/activities/" + id;
	}

	@PostMapping("/activities/{id}/visits")
	String addVisit(@PathVariable UUID id, @Valid VisitForm visitForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return change(id, result, model, redirect,
				() -> this.activities.addVisit(id, visitForm, this.currentUser.scopeForPeople()));
	}

	@PostMapping("/activities/{id}/result")
	String recordResult(@PathVariable UUID id, @Valid ResultForm resultForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return change(id, result, model, redirect,
				() -> this.activities.recordResult(id, resultForm, this.currentUser.scopeForPeople()));
	}

	private String change(UUID id, BindingResult result, Model model, RedirectAttributes redirect, Runnable change) {
		if (Forms.saved(result, () -> change.run())) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/activities/" + id;
		}
		return page(id, model);
	}

	private String page(UUID id, Model model) {
		var scope = this.currentUser.scopeForPeople();
		ActivityDetail activity = this.activities.get(id, scope);
		model.addAttribute("activity", activity);
		model.addAttribute("project", this.projects.get(activity.projectId(), scope));
		model.addAttribute("ongoing",
				this.enrollments.ongoing(activity.projectId(), scope)
					.stream()
					.filter((e) -> activity.members().stream().noneMatch((m) -> m.enrollmentId().equals(e.id())))
					.toList());
		model.addAttribute("staff", this.access.members(activity.projectId()));
		model.addAttribute("results", ActivityResult.values());
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("corrections", this.activities.corrections(id, scope));
		if (!model.containsAttribute("sessionForm")) {
			model.addAttribute("sessionForm", new SessionForm());
		}
		if (!model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", new MemberForm());
		}
		if (!model.containsAttribute("visitForm")) {
			var visit = new VisitForm();
			visit.setVisitedOn(LocalDate.now(this.clock));
			visit.setStaffUserId(this.currentUser.id());
			model.addAttribute("visitForm", visit);
		}
		if (!model.containsAttribute("resultForm")) {
			model.addAttribute("resultForm", new ResultForm());
		}
		return "activities/detail";
	}

	private String form(UUID projectId, Model model) {
		var scope = this.currentUser.scopeForPeople();
		model.addAttribute("project", this.projects.get(projectId, scope));
		model.addAttribute("kinds", ActivityKind.values());
		model.addAttribute("ongoing", this.enrollments.ongoing(projectId, scope));
		model.addAttribute("staff", this.access.members(projectId));
		ActivityForm form = (ActivityForm) model.getAttribute("activityForm");
		model.addAllAttributes(
				this.activities.employerChoices(projectId, (form == null) ? null : form.getEmployerId(), scope));
		return "activities/form";
	}

}
