package se.steget.project;

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

import se.steget.access.CurrentUser;
import se.steget.core.Forms;

@Controller
@RequestMapping("/projects/{projectId}/tracks")
class TrackController {

	private final TrackManagement tracks;

	private final ProjectManagement projects;

	private final CurrentUser currentUser;

	TrackController(TrackManagement tracks, ProjectManagement projects, CurrentUser currentUser) {
		this.tracks = tracks;
		this.projects = projects;
		this.currentUser = currentUser;
	}

	@GetMapping("/new")
	String create(@PathVariable UUID projectId, Model model) {
		ProjectManagement.requireManager(projectId, this.currentUser.scope());
		model.addAttribute("trackForm", new TrackForm());
		return form(model, projectId, null);
	}

	@PostMapping("/new")
	String create(@PathVariable UUID projectId, @Valid TrackForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.tracks.add(projectId, form, this.currentUser.scope()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/projects/" + projectId;
		}
		return form(model, projectId, null);
	}

	@GetMapping("/{trackId}/edit")
	String edit(@PathVariable UUID projectId, @PathVariable UUID trackId, Model model) {
		model.addAttribute("trackForm", this.tracks.editForm(projectId, trackId, this.currentUser.scope()));
		return form(model, projectId, trackId);
	}

	@PostMapping("/{trackId}/edit")
	String edit(@PathVariable UUID projectId, @PathVariable UUID trackId, @Valid TrackForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (Forms.saved(result, () -> this.tracks.update(projectId, trackId, form, this.currentUser.scope()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/projects/" + projectId;
		}
		if (result.hasFieldErrors("version")) {
			model.addAttribute("differences",
					this.tracks.differences(projectId, trackId, form, this.currentUser.scope()));
		}
		return form(model, projectId, trackId);
	}

	private String form(Model model, UUID projectId, UUID trackId) {
		model.addAttribute("project", this.projects.get(projectId, this.currentUser.scope()));
		model.addAttribute("trackId", trackId);
		model.addAttribute("otherTracks",
				this.tracks.tracks(projectId).stream().filter((t) -> !t.id().equals(trackId)).toList());
		return "projects/track-form";
	}

}
