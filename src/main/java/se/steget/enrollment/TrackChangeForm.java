package se.steget.enrollment;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a user enters to move a participant into a track.
 */
public class TrackChangeForm {

	@NotNull(message = "{error.required}")
	private UUID trackId;

	@NotNull(message = "{error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate changedOn;

	@Size(max = 1000, message = "{error.tooLong}")
	private String reason;

	public TrackChangeForm() {
	}

	public TrackChangeForm(UUID trackId, LocalDate changedOn, String reason) {
		this.trackId = trackId;
		this.changedOn = changedOn;
		this.reason = reason;
	}

	public UUID getTrackId() {
		return this.trackId;
	}

	public void setTrackId(UUID trackId) {
		this.trackId = trackId;
	}

	public LocalDate getChangedOn() {
		return this.changedOn;
	}

	public void setChangedOn(LocalDate changedOn) {
		this.changedOn = changedOn;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
