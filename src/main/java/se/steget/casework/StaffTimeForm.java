package se.steget.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a staff member reports for one day: project, activity and hours.
 */
public class StaffTimeForm {

	@NotNull(message = "{error.required}")
	private UUID projectId;

	@NotNull(message = "{error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate workDate;

	@NotNull(message = "{error.required}")
	@DecimalMin(value = "0.25", message = "{error.hours}")
	@DecimalMax(value = "24", message = "{error.hours}")
	private BigDecimal hours;

	@NotNull(message = "{error.required}")
	private StaffActivity activity;

	@Size(max = 500, message = "{error.tooLong}")
	private String note;

	public StaffTimeForm() {
	}

	public StaffTimeForm(UUID projectId, LocalDate workDate, BigDecimal hours, StaffActivity activity) {
		this.projectId = projectId;
		this.workDate = workDate;
		this.hours = hours;
		this.activity = activity;
	}

	StaffTimeEntry entry() {
		return new StaffTimeEntry(this.projectId, this.workDate, minutes(), this.activity, this.note);
	}

	int minutes() {
		return this.hours.multiply(BigDecimal.valueOf(60)).intValue();
	}

	public UUID getProjectId() {
		return this.projectId;
	}

	public void setProjectId(UUID projectId) {
		this.projectId = projectId;
	}

	public LocalDate getWorkDate() {
		return this.workDate;
	}

	public void setWorkDate(LocalDate workDate) {
		this.workDate = workDate;
	}

	public BigDecimal getHours() {
		return this.hours;
	}

	public void setHours(BigDecimal hours) {
		this.hours = hours;
	}

	public StaffActivity getActivity() {
		return this.activity;
	}

	public void setActivity(StaffActivity activity) {
		this.activity = activity;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
