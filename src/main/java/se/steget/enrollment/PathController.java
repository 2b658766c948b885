package se.steget.enrollment;

import java.time.Clock;
import java.time.LocalDate;
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
import se.steget.core.Forms;
import se.steget.core.NotFoundException;
import se.steget.project.TrackManagement;

/**
 * The pages of a participant's path: the next intake step, a change of track, a pause.
 */
@Controller
@RequestMapping("/enrollments")
class PathController {

	private final PathManagement paths;

	private final EnrollmentManagement enrollments;

	private final TrackManagement tracks;

	private final AccessManagement access;

	private final CurrentUser currentUser;

	private final Clock clock;

	PathController(PathManagement paths, EnrollmentManagement enrollments, TrackManagement tracks,
			AccessManagement access, CurrentUser currentUser, Clock clock) {
		this.paths = paths;
		this.enrollments = enrollments;
		this.tracks = tracks;
		this.access = access;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@GetMapping("/{id}/track")
	String changeTrack(@PathVariable UUID id, Model model) {
		model.addAttribute("trackChangeForm", new TrackChangeForm(null, LocalDate.now(this.clock), null));
		return trackForm(model, id);
	}

	@PostMapping("/{id}/track")
	String changeTrack(@PathVariable UUID id, @Valid TrackChangeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.saved(result,
				() -> this.paths.changeTrack(id, form, this.currentUser.id(), this.currentUser.scopeForPeople()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/enrollments/" + id;
		}
		return trackForm(model, id);
	}

	@GetMapping("/{id}/pause")
	String pause(@PathVariable UUID id, Model model) {
		var enrollment = this.enrollments.get(id, this.currentUser.scopeForPeople());
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("pauseForm", enrollment.paused() ? new PauseForm(null, today, null)
				: new PauseForm(today, null, PauseReason.SICK_LEAVE));
		return pauseForm(model, id);
	}

	@PostMapping("/{id}/pause")
	String pause(@PathVariable UUID id, @Valid PauseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.paths.pause(id, form, this.currentUser.scopeForPeople()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/enrollments/" + id;
		}
		return pauseForm(model, id);
	}

	@GetMapping("/{id}/intake")
	String intake(@PathVariable UUID id, Model model) {
		var form = new IntakeRecordForm(LocalDate.now(this.clock), this.currentUser.id(), IntakeOutcome.PASSED, null);
		form.setVersion(this.enrollments.get(id, this.currentUser.scopeForPeople()).version());
		model.addAttribute("intakeRecordForm", form);
		return intakeForm(model, id);
	}

	@GetMapping("/{id}/intake/{recordId}/edit")
	String editIntake(@PathVariable UUID id, @PathVariable UUID recordId, Model model) {
		model.addAttribute("intakeRecordForm", this.paths.intakeForm(id, recordId, this.currentUser.scopeForPeople()));
		return intakeEditForm(model, id, recordId);
	}

	@PostMapping("/{id}/intake/{recordId}/edit")
	String editIntake(@PathVariable UUID id, @PathVariable UUID recordId, @Valid IntakeRecordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (Forms.saved(result,
				() -> this.paths.correctIntake(id, recordId, form, this.currentUser.scopeForPeople()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/enrollments/" + id + "/intake";
		}
		if (result.hasFieldErrors("version")) {
			model.addAttribute("differences",
					this.paths.intakeDifferences(id, recordId, form, this.currentUser.scopeForPeople()));
		}
		return intakeEditForm(model, id, recordId);
	}

	@PostMapping("/{id}/intake/{recordId}/delete")
	String removeIntake(@PathVariable UUID id, @PathVariable UUID recordId, @RequestParam Integer version,
			RedirectAttributes redirect) {
		Forms.done(redirect, () -> this.paths.removeIntake(id, recordId, version, this.currentUser.scopeForPeople()));
		return "redirect:/enrollments/" + id + "/intake";
	}

	private String intakeEditForm(Model model, UUID id, UUID recordId) {
		intakeForm(model, id);
		model.addAttribute("record",
				this.paths.intakeProgress(id, this.currentUser.scopeForPeople())
					.stream()
					.filter((p) -> recordId.equals(p.recordId()))
					.findFirst()
					.orElseThrow(() -> new NotFoundException("Intake record")));
		return "enrollments/intake-edit";
	}

	@PostMapping("/{id}/intake")
	String intake(@PathVariable UUID id, @Valid IntakeRecordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.paths.recordIntake(id, form, this.currentUser.scopeForPeople()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/enrollments/" + id;
		}
		return intakeForm(model, id);
	}

	private String intakeForm(Model model, UUID id) {
		var scope = this.currentUser.scopeForPeople();
		var enrollment = this.enrollments.get(id, scope);
		model.addAttribute("enrollment", enrollment);
		List<IntakeProgress> progress = this.paths.intakeProgress(id, scope);
		model.addAttribute("nextStep", progress.stream().filter((p) -> !p.taken()).findFirst().orElse(null));
		model.addAttribute("taken", progress.stream().filter(IntakeProgress::taken).toList());
		model.addAttribute("corrections", this.paths.intakeCorrections(id, scope));
		model.addAttribute("staff", this.access.members(enrollment.projectId()));
		model.addAttribute("outcomes", IntakeOutcome.values());
		return "enrollments/intake";
	}

	private String trackForm(Model model, UUID id) {
		var enrollment = this.enrollments.get(id, this.currentUser.scopeForPeople());
		model.addAttribute("enrollment", enrollment);
		model.addAttribute("tracks",
				this.tracks.tracks(enrollment.projectId())
					.stream()
					.filter((t) -> !t.id().equals(enrollment.trackId()))
					.toList());
		return "enrollments/track";
	}

	private String pauseForm(Model model, UUID id) {
		model.addAttribute("enrollment", this.enrollments.get(id, this.currentUser.scopeForPeople()));
		model.addAttribute("pauseReasons", PauseReason.values());
		return "enrollments/pause";
	}

}
