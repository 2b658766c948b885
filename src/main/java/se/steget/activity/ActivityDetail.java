package se.steget.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.steget.core.GenderCounts;
import se.steget.employer.EmployerContactView;

/**
 * One activity as its page shows it.
 */
public record ActivityDetail(UUID id, UUID projectId, ActivityKind kind, String title, LocalDate startDate,
		LocalDate endDate, String location, String country, Integer capacity, UUID employerId, String employerName,
		UUID placeId, String placeTitle, String supervisor, String goals, ActivityResult result, String resultNote,
		UUID staffUserId, List<ActivitySession> sessions, List<MemberView> members, GenderCounts membersByGender,
		List<EmployerContactView> visits, Map<LocalDate, GenderCounts> attendance, Integer version) {

	/**
	 * The activity with the members the user may see, and every member counted by gender.
	 */
	static ActivityDetail of(Activity a, AtEmployer at, List<MemberView> members, GenderCounts everyone,
			Map<LocalDate, GenderCounts> attendance) {
		return new ActivityDetail(a.getId(), a.getProjectId(), a.getKind(), a.getTitle(), a.getStartDate(),
				a.getEndDate(), a.getLocation(), a.getCountry(), a.getCapacity(), a.getEmployerId(), at.employerName(),
				a.getPlaceId(), at.placeTitle(), at.supervisor(), a.getGoals(), a.getResult(), a.getResultNote(),
				a.getStaffUserId(), a.sessionsInOrder(), members, everyone, at.visits(), attendance, a.getVersion());
	}

	/** Where work at an employer happens, named from the employer register. */
	record AtEmployer(String employerName, String placeTitle, String supervisor, List<EmployerContactView> visits) {

		static final AtEmployer NONE = new AtEmployer(null, null, null, List.of());

	}

	/** Members whose cases the user does not read: counted, not named. */
	public long othersCount() {
		return this.membersByGender.total() - this.members.size();
	}

	/** Who came to the session on that day, by gender. */
	public GenderCounts attended(LocalDate day) {
		return this.attendance.getOrDefault(day, GenderCounts.ZERO);
	}

	public boolean full() {
		return this.capacity != null && this.membersByGender.total() >= this.capacity;
	}

}
