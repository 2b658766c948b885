package se.steget.enrollment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

import se.steget.core.Difference;

/**
 * What a user enters to enroll a participant in a project, or to change an enrollment.
 */
public class EnrollmentForm {

	@NotNull(message = "{error.required}")
	private UUID participantId;

	private Integer version;

	@NotNull(message = "{error.required}")
	private UUID projectId;

	@NotNull(message = "{error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	private UUID responsibleUserId;

	private boolean active;

	@NotNull(message = "{error.required}")
	@Min(value = 1, message = "{error.percent}")
	@Max(value = 100, message = "{error.percent}")
	private Integer participationPercent = 100;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate plannedEndDate;

	/** The fields saved differently from what this form says, after a stale save. */
	List<Difference> differencesFrom(EnrollmentForm saved, Function<UUID, String> staffName) {
		return Difference.builder()
			.text("enrollment.startDate", saved.startDate, this.startDate)
			.text("enrollment.responsible", staffName.apply(saved.responsibleUserId),
					staffName.apply(this.responsibleUserId))
			.flag("enrollment.active", saved.active, this.active)
			.text("enrollment.participationPercent", saved.participationPercent, this.participationPercent)
			.text("enrollment.plannedEndDate", saved.plannedEndDate, this.plannedEndDate)
			.list();
	}

	public UUID getParticipantId() {
		return this.participantId;
	}

	public void setParticipantId(UUID participantId) {
		this.participantId = participantId;
	}

	public UUID getProjectId() {
		return this.projectId;
	}

	public void setProjectId(UUID projectId) {
		this.projectId = projectId;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public UUID getResponsibleUserId() {
		return this.responsibleUserId;
	}

	public void setResponsibleUserId(UUID responsibleUserId) {
		this.responsibleUserId = responsibleUserId;
	}

	public Integer getParticipationPercent() {
		return this.participationPercent;
	}

	public void setParticipationPercent(Integer participationPercent) {
		this.participationPercent = participationPercent;
	}

	public LocalDate getPlannedEndDate() {
		return this.plannedEndDate;
	}

	public void setPlannedEndDate(LocalDate plannedEndDate) {
		this.plannedEndDate = plannedEndDate;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	/** The version the form was loaded with; null when creating. */
	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
