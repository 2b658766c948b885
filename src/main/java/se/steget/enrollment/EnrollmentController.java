package se.steget.enrollment;

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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.RequestParam;

import se.steget.access.AccessManagement;
import se.steget.access.AuditLog;
import se.steget.access.CurrentUser;
import se.steget.core.Forms;
import se.steget.core.RejectedInputException;
import se.steget.participant.ParticipantManagement;
import se.steget.project.ProjectManagement;
import se.steget.project.TrackManagement;

@Controller
@RequestMapping("/enrollments")
class EnrollmentController {

	private final EnrollmentManagement enrollments;

	private final ParticipantManagement participants;

	private final ProjectManagement projects;

	private final AccessManagement access;

	private final CurrentUser currentUser;

	private final TrackManagement tracks;

	private final PathManagement paths;

	private final SharedCaseManagement sharedCases;

	private final Clock clock;

	EnrollmentController(EnrollmentManagement enrollments, ParticipantManagement participants,
			ProjectManagement projects, AccessManagement access, CurrentUser currentUser, TrackManagement tracks,
			PathManagement paths, SharedCaseManagement sharedCases, Clock clock) {
		this.paths = paths;
		this.sharedCases = sharedCases;
		this.tracks = tracks;
		this.enrollments = enrollments;
		this.participants = participants;
		this.projects = projects;
		this.access = access;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) UUID project,
			@RequestParam(required = false) EnrollmentStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		var scope = this.currentUser.scopeForPeople();
		model.addAttribute("q", q);
		model.addAttribute("project", project);
		model.addAttribute("status", status);
		model.addAttribute("projects", this.projects.visible(scope));
		model.addAttribute("statuses", EnrollmentStatus.values());
		var found = this.enrollments.search(q, project, status, page, scope);
		AuditLog.shown(found.map(EnrollmentView::participantId).toList());
		model.addAttribute("page", found);
		return (htmx != null) ? "enrollments/list :: results" : "enrollments/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		var enrollment = this.enrollments.get(id, this.currentUser.scopeForPeople());
		model.addAttribute("enrollment", enrollment);
		model.addAttribute("caseStaff", this.sharedCases.caseStaff(id, this.currentUser.scopeForPeople()));
		model.addAttribute("intake", this.paths.intakeProgress(id, this.currentUser.scopeForPeople()));
		model.addAttribute("hasTracks", !this.tracks.tracks(enrollment.projectId()).isEmpty());
		return "enrollments/detail";
	}

	/**
	 * The enrollment form; when the project changes, htmx asks again for just the list of
	 * the project's staff.
	 */
	@GetMapping("/new")
	String create(EnrollmentForm form, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		if (form.getStartDate() == null) {
			form.setStartDate(LocalDate.now(this.clock));
		}
		if (form.getResponsibleUserId() == null && htmx == null) {
			form.setResponsibleUserId(this.currentUser.id());
		}
		model.addAttribute("enrollmentForm", form);
		String page = form(model, form, null);
		return (htmx != null) ? page + " :: responsible" : page;
	}

	@PostMapping("/new")
	String create(@Valid EnrollmentForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.enrollments.enroll(form, this.currentUser.scopeForPeople()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/participants/" + form.getParticipantId();
		}
		return form(model, form, null);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		var form = this.enrollments.changeForm(id, this.currentUser.scopeForPeople());
		model.addAttribute("enrollmentForm", form);
		return form(model, form, id);
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable UUID id, @Valid EnrollmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		EnrollmentView stored = this.enrollments.get(id, this.currentUser.scopeForPeople());
		form.setParticipantId(stored.participantId());
		form.setProjectId(stored.projectId());
		if (Forms.saved(result, () -> this.enrollments.change(id, form, this.currentUser.scopeForPeople()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/enrollments/" + id;
		}
		if (result.hasFieldErrors("version")) {
			model.addAttribute("differences",
					this.enrollments.differences(id, form, this.currentUser.scopeForPeople()));
		}
		return form(model, form, id);
	}

	/** The exit form; for an enrollment that has exited, the correction of its exit. */
	@GetMapping("/{id}/exit")
	String exit(@PathVariable UUID id, Model model) {
		model.addAttribute("exitForm", exitFormOf(this.enrollments.get(id, this.currentUser.scopeForPeople())));
		return exitForm(model, id);
	}

	@PostMapping("/{id}/exit/correct")
	String correctExit(@PathVariable UUID id, @Valid ExitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.enrollments.correctExit(id, form, this.currentUser.scopeForPeople()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/enrollments/" + id;
		}
		return exitForm(model, id);
	}

	@PostMapping("/{id}/exit/undo")
	String undoExit(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
		var scope = this.currentUser.scopeForPeople();
		try {
			this.enrollments.undoExit(id, reason, version, scope);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/enrollments/" + id;
		}
		catch (RejectedInputException ex) {
			model.addAttribute("exitForm", exitFormOf(this.enrollments.get(id, scope)));
			model.addAttribute("undoError", ex.messageKey());
			model.addAttribute("undoReason", reason);
			return exitForm(model, id);
		}
	}

	@PostMapping("/{id}/exit")
	String exit(@PathVariable UUID id, @Valid ExitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.enrollments.exit(id, form, this.currentUser.scopeForPeople()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/enrollments/" + id + "/outcomes";
		}
		return exitForm(model, id);
	}

	private String form(Model model, EnrollmentForm form, UUID id) {
		var scope = this.currentUser.scopeForPeople();
		model.addAttribute("enrollmentId", id);
		model.addAttribute("participant", this.participants.enrollable(form.getParticipantId(), scope));
		var projects = this.projects.visible(scope);
		model.addAttribute("projects", projects);
		model.addAttribute("staff", (form.getProjectId() != null) ? this.access.members(form.getProjectId())
				: this.access.members(projects.stream().map((p) -> p.id()).toList()));
		return "enrollments/form";
	}

	/** The exit as it stands, for correcting it; today for one not yet exited. */
	private ExitForm exitFormOf(EnrollmentView enrollment) {
		var form = new ExitForm();
		form.setExitDate((enrollment.exitDate() != null) ? enrollment.exitDate() : LocalDate.now(this.clock));
		form.setExitReason(enrollment.exitReason());
		form.setExitNote(enrollment.exitNote());
		form.setVersion(enrollment.version());
		return form;
	}

	private String exitForm(Model model, UUID id) {
		var scope = this.currentUser.scopeForPeople();
		model.addAttribute("enrollment", this.enrollments.get(id, scope));
		model.addAttribute("exitReasons", ExitReason.values());
		model.addAttribute("corrections", this.enrollments.exitCorrections(id, scope));
		return "enrollments/exit";
	}

}
