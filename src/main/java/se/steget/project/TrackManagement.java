package se.steget.project;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessScope;
import se.steget.core.Difference;
import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;
import se.steget.core.StaleEditException;
import se.steget.core.StaleEdits;

/**
 * A project's tracks and phases: configuration, not code, so that each project describes
 * its own path.
 */
@Service
@Transactional(readOnly = true)
public class TrackManagement {

	private final Tracks tracks;

	private final ProjectManagement projects;

	TrackManagement(Tracks tracks, ProjectManagement projects) {
		this.tracks = tracks;
		this.projects = projects;
	}

	/**
	 * The project's tracks in their order. Callers have checked that the user sees the
	 * project.
	 */
	public List<TrackView> tracks(UUID projectId) {
		return this.tracks.findByProjectIdOrderByPosition(projectId).stream().map(Track::view).toList();
	}

	public Optional<TrackView> track(UUID trackId) {
		return this.tracks.findById(trackId).map(Track::view);
	}

	@Transactional
	public UUID add(UUID projectId, TrackForm form, AccessScope scope) {
		this.projects.get(projectId, scope);
		ProjectManagement.requireManager(projectId, scope);
		requireTracksOf(projectId, form.getNextTrackIds());
		Track track = Track.add(projectId, tracks(projectId).size() + 1, form.details());
		return this.tracks.save(track).getId();
	}

	@Transactional
	public void update(UUID projectId, UUID trackId, TrackForm form, AccessScope scope) {
		this.projects.get(projectId, scope);
		ProjectManagement.requireManager(projectId, scope);
		requireTracksOf(projectId, form.getNextTrackIds());
		Track track = load(projectId, trackId);
		StaleEditException.check(form.getVersion(), track.getVersion());
		track.update(form.details());
		StaleEdits.refused(() -> this.tracks.save(track));
	}

	/**
	 * After a stale save: what the track now holds differently from what the user typed,
	 * with the form moved on to the saved version.
	 */
	List<Difference> differences(UUID projectId, UUID trackId, TrackForm typed, AccessScope scope) {
		TrackForm saved = editForm(projectId, trackId, scope);
		typed.setVersion(saved.getVersion());
		return typed.differencesFrom(saved,
				(id) -> this.tracks.findById(id).map((t) -> t.view().name()).orElse(String.valueOf(id)));
	}

	TrackForm editForm(UUID projectId, UUID trackId, AccessScope scope) {
		this.projects.get(projectId, scope);
		ProjectManagement.requireManager(projectId, scope);
		return TrackForm.of(load(projectId, trackId).view());
	}

	private Track load(UUID projectId, UUID trackId) {
		return this.tracks.findById(trackId)
			.filter((t) -> t.getProjectId().equals(projectId))
			.orElseThrow(() -> new NotFoundException("Track"));
	}

	private void requireTracksOf(UUID projectId, List<UUID> trackIds) {
		Set<UUID> own = new HashSet<>(tracks(projectId).stream().map(TrackView::id).toList());
		if (!own.containsAll(trackIds)) {
			throw new RejectedInputException("nextTrackIds", "error.unknownTrack");
		}
	}

}
