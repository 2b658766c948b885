package se.steget.project;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import se.steget.core.Difference;

/**
 * What a manager enters for a track or phase.
 */
public class TrackForm {

	@NotBlank(message = "{error.required}")
	@Size(max = 100, message = "{error.tooLong}")
	private String name;

	@Size(max = 1000, message = "{error.tooLong}")
	private String description;

	@PositiveOrZero(message = "{error.notNegative}")
	private Integer maxDays;

	@PositiveOrZero(message = "{error.notNegative}")
	private Integer minDaysBeforeEntry;

	private boolean firstTrack;

	private List<UUID> nextTrackIds = new ArrayList<>();

	public TrackForm() {
	}

	public TrackForm(String name, String description, Integer maxDays, Integer minDaysBeforeEntry, boolean firstTrack) {
		this.name = name;
		this.description = description;
		this.maxDays = maxDays;
		this.minDaysBeforeEntry = minDaysBeforeEntry;
		this.firstTrack = firstTrack;
	}

	/** The version of the track the form was loaded with, when changing it. */
	private Integer version;

	static TrackForm of(TrackView track) {
		var form = new TrackForm(track.name(), track.description(), track.maxDays(), track.minDaysBeforeEntry(),
				track.firstTrack());
		form.nextTrackIds = new ArrayList<>(track.nextTrackIds());
		form.version = track.version();
		return form;
	}

	/** The fields saved differently from what this form says, after a stale save. */
	List<Difference> differencesFrom(TrackForm saved, Function<UUID, String> trackName) {
		return Difference.builder()
			.text("track.name", saved.name, this.name)
			.text("track.description", saved.description, this.description)
			.text("track.maxDays", saved.maxDays, this.maxDays)
			.text("track.minDaysBeforeEntry", saved.minDaysBeforeEntry, this.minDaysBeforeEntry)
			.flag("track.firstTrack", saved.firstTrack, this.firstTrack)
			.text("track.next", names(saved.nextTrackIds, trackName), names(this.nextTrackIds, trackName))
			.list();
	}

	private static String names(List<UUID> ids, Function<UUID, String> name) {
		return (ids == null) ? "" : ids.stream().map(name).sorted().collect(Collectors.joining(", "));
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	TrackDetails details() {
		return new TrackDetails(this.name, this.description, this.maxDays, this.minDaysBeforeEntry, this.firstTrack,
				(this.nextTrackIds != null) ? this.nextTrackIds : List.of());
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Integer getMaxDays() {
		return this.maxDays;
	}

	public void setMaxDays(Integer maxDays) {
		this.maxDays = maxDays;
	}

	public Integer getMinDaysBeforeEntry() {
		return this.minDaysBeforeEntry;
	}

	public void setMinDaysBeforeEntry(Integer minDaysBeforeEntry) {
		this.minDaysBeforeEntry = minDaysBeforeEntry;
	}

	public boolean isFirstTrack() {
		return this.firstTrack;
	}

	public void setFirstTrack(boolean firstTrack) {
		this.firstTrack = firstTrack;
	}

	public List<UUID> getNextTrackIds() {
		return this.nextTrackIds;
	}

	public void setNextTrackIds(List<UUID> nextTrackIds) {
		this.nextTrackIds = (nextTrackIds == null) ? new ArrayList<>() : nextTrackIds;
	}

}
