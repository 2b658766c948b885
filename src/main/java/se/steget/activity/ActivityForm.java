package se.steget.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a user enters to plan an activity. A group programme may list its topics, one per
 * line, to get one session per weekday from the start.
 */
public class ActivityForm {

	@NotNull(message = "{error.required}")
	private ActivityKind kind;

	@NotBlank(message = "{error.required}")
	@Size(max = 200, message = "{error.tooLong}")
	private String title;

	@NotNull(message = "{error.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	@Size(max = 200, message = "{error.tooLong}")
	private String location;

	@Size(max = 100, message = "{error.tooLong}")
	private String country;

	@Positive(message = "{error.positive}")
	@Max(value = 100, message = "{error.capacity}")
	private Integer capacity;

	private UUID employerId;

	private UUID placeId;

	private UUID supervisorId;

	@Size(max = 2000, message = "{error.tooLong}")
	private String goals;

	private UUID staffUserId;

	private UUID enrollmentId;

	@Size(max = 4000, message = "{error.tooLong}")
	private String topics;

	@DecimalMin(value = "0.25", message = "{error.participantHours}")
	@DecimalMax(value = "12", message = "{error.participantHours}")
	private BigDecimal sessionHours;

	public ActivityForm() {
	}

	public static ActivityForm of(ActivityKind kind, LocalDate startDate, UUID enrollmentId, UUID staffUserId) {
		var form = new ActivityForm();
		form.kind = kind;
		form.startDate = startDate;
		form.enrollmentId = enrollmentId;
		form.staffUserId = staffUserId;
		form.sessionHours = BigDecimal.valueOf(3);
		return form;
	}

	/** The version of the activity the form was loaded with, when correcting it. */
	private Integer version;

	/** The form to correct an activity as it is planned now. */
	static ActivityForm of(ActivityPlan plan, Integer version) {
		var form = new ActivityForm();
		form.kind = plan.kind();
		form.title = plan.title();
		form.startDate = plan.startDate();
		form.endDate = plan.endDate();
		form.location = plan.location();
		form.country = plan.country();
		form.capacity = plan.capacity();
		form.employerId = plan.employerId();
		form.placeId = plan.placeId();
		form.supervisorId = plan.supervisorId();
		form.goals = plan.goals();
		form.staffUserId = plan.staffUserId();
		form.version = version;
		return form;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	/** The topics given, one per non-blank line. */
	ActivityPlan plan() {
		return new ActivityPlan(this.kind, this.title, this.startDate, this.endDate, this.location, this.country,
				this.capacity, this.employerId, this.placeId, this.supervisorId, this.goals, this.staffUserId,
				topicList(), this.sessionHours);
	}

	List<String> topicList() {
		if (this.topics == null) {
			return List.of();
		}
		return Arrays.stream(this.topics.split("\\R")).map(String::strip).filter((t) -> !t.isEmpty()).toList();
	}

	public ActivityKind getKind() {
		return this.kind;
	}

	public void setKind(ActivityKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public UUID getEmployerId() {
		return this.employerId;
	}

	public void setEmployerId(UUID employerId) {
		this.employerId = employerId;
	}

	public UUID getPlaceId() {
		return this.placeId;
	}

	public void setPlaceId(UUID placeId) {
		this.placeId = placeId;
	}

	public UUID getSupervisorId() {
		return this.supervisorId;
	}

	public void setSupervisorId(UUID supervisorId) {
		this.supervisorId = supervisorId;
	}

	public String getGoals() {
		return this.goals;
	}

	public void setGoals(String goals) {
		this.goals = goals;
	}

	public UUID getStaffUserId() {
		return this.staffUserId;
	}

	public void setStaffUserId(UUID staffUserId) {
		this.staffUserId = staffUserId;
	}

	public UUID getEnrollmentId() {
		return this.enrollmentId;
	}

	public void setEnrollmentId(UUID enrollmentId) {
		this.enrollmentId = enrollmentId;
	}

	public String getTopics() {
		return this.topics;
	}

	public void setTopics(String topics) {
		this.topics = topics;
	}

	public BigDecimal getSessionHours() {
		return this.sessionHours;
	}

	public void setSessionHours(BigDecimal sessionHours) {
		this.sessionHours = sessionHours;
	}

}
