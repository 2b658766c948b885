package se.steget.project;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A track or phase of a project (Jobbfokus' rooms, the guarantee's phases), with its time
 * rules and the tracks that may follow it.
 */
class Track implements Persistable<UUID> {

	@Id
	private UUID id;

	private UUID projectId;

	private int position;

	private String name;

	private String description;

	private Integer maxDays;

	private Integer minDaysBeforeEntry;

	private boolean firstTrack;

	@MappedCollection(idColumn = "from_track_id")
	private Set<TrackTransition> next = new HashSet<>();

	@Version
	private Integer version;

	@Transient
	private boolean isNew;

	@PersistenceCreator
	Track() {
	}

	static Track add(UUID projectId, int position, TrackDetails details) {
		var track = new Track();
		track.id = UUID.randomUUID();
		track.projectId = projectId;
		track.position = position;
		track.isNew = true;
		track.update(details);
		return track;
	}

	void update(TrackDetails details) {
		this.name = details.name();
		this.description = details.description();
		this.maxDays = details.maxDays();
		this.minDaysBeforeEntry = details.minDaysBeforeEntry();
		this.firstTrack = details.firstTrack();
		this.next = details.nextTrackIds()
			.stream()
			.filter((to) -> !to.equals(this.id))
			.map(TrackTransition::new)
			.collect(Collectors.toSet());
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public boolean isNew() {
		return this.isNew;
	}

	Integer getVersion() {
		return this.version;
	}

	UUID getProjectId() {
		return this.projectId;
	}

	TrackView view() {
		return new TrackView(this.id, this.projectId, this.position, this.name, this.description, this.maxDays,
				this.minDaysBeforeEntry, this.firstTrack,
				List.copyOf(this.next.stream().map(TrackTransition::toTrackId).collect(Collectors.toSet())),
				this.version);
	}

}
