package se.steget.project;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.steget.access.CurrentUser;
import se.steget.core.ETags;
import se.steget.core.PageResponse;

@RestController
@RequestMapping("/api/v1/projects")
class ProjectApiController {

	private final ProjectManagement projects;

	private final CurrentUser currentUser;

	private final ProjectTemplates templates;

	private final TrackManagement tracks;

	ProjectApiController(ProjectManagement projects, CurrentUser currentUser, ProjectTemplates templates,
			TrackManagement tracks) {
		this.templates = templates;
		this.tracks = tracks;
		this.projects = projects;
		this.currentUser = currentUser;
	}

	@GetMapping
	PageResponse<ProjectSummary> list(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page) {
		return PageResponse.of(this.projects.search(q, page, this.currentUser.scope()));
	}

	@GetMapping("/{id}")
	ResponseEntity<ProjectView> show(@PathVariable UUID id) {
		ProjectView project = this.projects.get(id, this.currentUser.scope());
		return ResponseEntity.ok().eTag(ETags.of(project.version())).body(project);
	}

	@PostMapping
	ResponseEntity<ProjectView> create(@Valid @RequestBody ProjectForm form) {
		var scope = this.currentUser.scope();
		UUID id = this.templates.create(form, scope);
		return ResponseEntity.created(URI.create("/api/v1/projects/" + id))
			.body(this.projects.get(id, this.currentUser.scope()));
	}

	@GetMapping("/{id}/tracks")
	List<TrackView> tracks(@PathVariable UUID id) {
		this.projects.get(id, this.currentUser.scope());
		return this.tracks.tracks(id);
	}

	@PostMapping("/{id}/tracks")
	ResponseEntity<TrackView> addTrack(@PathVariable UUID id, @Valid @RequestBody TrackForm form) {
		UUID trackId = this.tracks.add(id, form, this.currentUser.scope());
		return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/tracks"))
			.body(this.tracks.track(trackId).orElseThrow());
	}

	/**
	 * Changes a track as of its version in {@code If-Match} (each track lists its
	 * version).
	 */
	@PutMapping("/{id}/tracks/{trackId}")
	TrackView updateTrack(@PathVariable UUID id, @PathVariable UUID trackId,
			@RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, @Valid @RequestBody TrackForm form) {
		form.setVersion(ETags.expected(ifMatch));
		this.tracks.update(id, trackId, form, this.currentUser.scope());
		return this.tracks.track(trackId).orElseThrow();
	}

	@GetMapping("/templates")
	List<ProjectTemplate> templates() {
		return this.templates.all();
	}

	@PutMapping("/{id}")
	ResponseEntity<ProjectView> update(@PathVariable UUID id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
			@Valid @RequestBody ProjectForm form) {
		var scope = this.currentUser.scope();
		form.setVersion(ETags.expected(ifMatch));
		this.projects.update(id, form, scope);
		ProjectView updated = this.projects.get(id, scope);
		return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
	}

}
