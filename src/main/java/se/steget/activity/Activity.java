package se.steget.activity;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import se.steget.core.NotFoundException;
import se.steget.core.RejectedInputException;

/**
 * An activity in a project's calendar with its sessions, the enrollments taking part and,
 * for work at an employer, the follow-up visits and the result.
 */
class Activity {

	static final int INTERNSHIP_WEEKS = 4;

	@Id
	private UUID id;

	private UUID projectId;

	private ActivityKind kind;

	private String title;

	private LocalDate startDate;

	private LocalDate endDate;

	private String location;

	private String country;

	private Integer capacity;

	private UUID employerId;

	private UUID placeId;

	private UUID supervisorId;

	private String goals;

	private ActivityResult result;

	private String resultNote;

	private UUID staffUserId;

	@MappedCollection(idColumn = "activity_id")
	private Set<ActivitySession> sessions = new HashSet<>();

	@MappedCollection(idColumn = "activity_id")
	private Set<ActivityMember> members = new HashSet<>();

	@Version
	private Integer version;

	Activity() {
	}

	/**
	 * A new activity as planned. Work at an employer lasts four weeks unless the user
	 * says otherwise; a group programme's topics become one session per weekday.
	 */
	static Activity plan(UUID projectId, ActivityPlan plan) {
		var activity = new Activity();
		activity.id = UUID.randomUUID();
		activity.projectId = projectId;
		activity.kind = plan.kind();
		activity.title = plan.title();
		activity.startDate = plan.startDate();
		activity.endDate = plan.endDate();
		activity.location = plan.location();
		activity.country = plan.country();
		activity.capacity = plan.kind().forOnePerson() ? Integer.valueOf(1) : plan.capacity();
		activity.employerId = plan.employerId();
		activity.placeId = plan.placeId();
		activity.supervisorId = plan.supervisorId();
		activity.goals = plan.goals();
		activity.staffUserId = plan.staffUserId();
		activity.checkKindDetails();
		activity.addTopicSessions(plan.topics(), plan.sessionHours());
		if (activity.endDate == null) {
			activity.endDate = activity.defaultEnd();
		}
		if (activity.endDate.isBefore(activity.startDate)) {
			throw new RejectedInputException("endDate", "error.endBeforeStart");
		}
		return activity;
	}

	private void checkKindDetails() {
		if (this.kind.atEmployer() && this.employerId == null) {
			throw new RejectedInputException("employerId", "error.required");
		}
		if (this.kind == ActivityKind.GROUP_PROGRAMME && this.capacity == null) {
			throw new RejectedInputException("capacity", "error.required");
		}
	}

	private LocalDate defaultEnd() {
		if (this.kind.atEmployer()) {
			return this.startDate.plusWeeks(INTERNSHIP_WEEKS).minusDays(1);
		}
		return this.sessions.stream()
			.map(ActivitySession::sessionDate)
			.max(Comparator.naturalOrder())
			.orElse(this.startDate);
	}

	private void addTopicSessions(List<String> topics, BigDecimal hours) {
		LocalDate day = this.startDate;
		for (String topic : topics) {
			while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				day = day.plusDays(1);
			}
			if (this.endDate != null && day.isAfter(this.endDate)) {
				throw new RejectedInputException("topics", "error.sessionsAfterEnd");
			}
			this.sessions.add(new ActivitySession(day, null, (hours != null) ? hours : BigDecimal.valueOf(3), topic));
			day = day.plusDays(1);
		}
	}

	void addSession(ActivitySession session) {
		if (session.sessionDate().isBefore(this.startDate) || session.sessionDate().isAfter(this.endDate)) {
			throw new RejectedInputException("sessionDate", "error.sessionOutside", this.startDate, this.endDate);
		}
		if (session(session.sessionDate()).isPresent()) {
			throw new RejectedInputException("sessionDate", "error.sessionExists");
		}
		this.sessions.add(session);
	}

	/**
	 * Corrects what was planned: the title, dates, place, capacity, supervisor, goals and
	 * who leads it. The kind and the employer stay; every session must still fall within
	 * the dates and every member within the capacity.
	 */
	void revise(ActivityPlan plan) {
		LocalDate end = (plan.endDate() != null) ? plan.endDate() : this.endDate;
		if (end.isBefore(plan.startDate())) {
			throw new RejectedInputException("endDate", "error.endBeforeStart");
		}
		boolean outside = this.sessions.stream()
			.anyMatch((s) -> s.sessionDate().isBefore(plan.startDate()) || s.sessionDate().isAfter(end));
		if (outside) {
			throw new RejectedInputException("startDate", "error.sessionsOutsideDates");
		}
		Integer capacity = this.kind.forOnePerson() ? Integer.valueOf(1) : plan.capacity();
		if (this.kind == ActivityKind.GROUP_PROGRAMME && capacity == null) {
			throw new RejectedInputException("capacity", "error.required");
		}
		if (capacity != null && capacity < this.members.size()) {
			throw new RejectedInputException("capacity", "error.capacityBelowMembers", this.members.size());
		}
		this.title = plan.title();
		this.startDate = plan.startDate();
		this.endDate = end;
		this.location = plan.location();
		this.country = plan.country();
		this.capacity = capacity;
		this.supervisorId = plan.supervisorId();
		this.goals = plan.goals();
		this.staffUserId = plan.staffUserId();
	}

	/** What is planned now, as a plan (without topics, which became sessions). */
	ActivityPlan planned() {
		return new ActivityPlan(this.kind, this.title, this.startDate, this.endDate, this.location, this.country,
				this.capacity, this.employerId, this.placeId, this.supervisorId, this.goals, this.staffUserId,
				List.of(), null);
	}

	/** Corrects a session's start, hours and topic; its day stays. */
	void correctSession(ActivitySession corrected) {
		ActivitySession session = session(corrected.sessionDate()).orElseThrow(() -> new NotFoundException("Session"));
		this.sessions.remove(session);
		this.sessions.add(corrected);
	}

	void removeSession(LocalDate day) {
		this.sessions.removeIf((s) -> s.sessionDate().equals(day));
	}

	void addMember(UUID enrollmentId, LocalDate joinedOn) {
		if (hasMember(enrollmentId)) {
			throw new RejectedInputException("enrollmentId", "error.alreadyInActivity");
		}
		if (this.capacity != null && this.members.size() >= this.capacity) {
			throw new RejectedInputException("enrollmentId", "error.activityFull", this.capacity);
		}
		this.members.add(new ActivityMember(enrollmentId, joinedOn));
	}

	void removeMember(UUID enrollmentId) {
		this.members.removeIf((m) -> m.enrollmentId().equals(enrollmentId));
	}

	/**
	 * Checks a follow-up visit at the workplace, which is logged as a contact with the
	 * employer: only work at an employer has one, not before it starts.
	 */
	void checkVisit(LocalDate visitedOn) {
		if (!this.kind.atEmployer() || this.employerId == null) {
			throw new RejectedInputException("visitedOn", "error.visitsAtEmployerOnly");
		}
		if (visitedOn.isBefore(this.startDate)) {
			throw new RejectedInputException("visitedOn", "error.visitBeforeStart", this.startDate);
		}
	}

	void recordResult(ActivityResult result, String note) {
		this.result = result;
		this.resultNote = note;
	}

	boolean hasMember(UUID enrollmentId) {
		return this.members.stream().anyMatch((m) -> m.enrollmentId().equals(enrollmentId));
	}

	Optional<ActivitySession> session(LocalDate day) {
		return this.sessions.stream().filter((s) -> s.sessionDate().equals(day)).findFirst();
	}

	boolean runsOn(LocalDate day) {
		return !day.isBefore(this.startDate) && !day.isAfter(this.endDate);
	}

	List<ActivitySession> sessionsInOrder() {
		return this.sessions.stream().sorted(Comparator.comparing(ActivitySession::sessionDate)).toList();
	}

	Set<UUID> memberIds() {
		Set<UUID> ids = new HashSet<>();
		this.members.forEach((m) -> ids.add(m.enrollmentId()));
		return ids;
	}

	UUID getId() {
		return this.id;
	}

	UUID getProjectId() {
		return this.projectId;
	}

	ActivityKind getKind() {
		return this.kind;
	}

	String getTitle() {
		return this.title;
	}

	LocalDate getStartDate() {
		return this.startDate;
	}

	LocalDate getEndDate() {
		return this.endDate;
	}

	String getLocation() {
		return this.location;
	}

	String getCountry() {
		return this.country;
	}

	Integer getCapacity() {
		return this.capacity;
	}

	UUID getEmployerId() {
		return this.employerId;
	}

	UUID getPlaceId() {
		return this.placeId;
	}

	UUID getSupervisorId() {
		return this.supervisorId;
	}

	String getGoals() {
		return this.goals;
	}

	ActivityResult getResult() {
		return this.result;
	}

	String getResultNote() {
		return this.resultNote;
	}

	UUID getStaffUserId() {
		return this.staffUserId;
	}

	Integer getVersion() {
		return this.version;
	}

}
