package se.steget.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.steget.core.GenderCounts;

/**
 * One activity as its page shows it.
 */
public record ActivityDetail(UUID id, UUID projectId, ActivityKind kind, String title, LocalDate startDate,
		LocalDate endDate, String location, String country, Integer capacity, String employer, String supervisor,
		String goals, ActivityResult result, String resultNote, UUID staffUserId, List<ActivitySession> sessions,
		List<MemberView> members, GenderCounts membersByGender, List<ActivityVisit> visits,
		Map<LocalDate, GenderCounts> attendance) {

	/**
	 * The activity with the members the user may see, and every member counted by gender.
	 */
	static ActivityDetail of(Activity a, List<MemberView> members, GenderCounts everyone,
			Map<LocalDate, GenderCounts> attendance) {
		return new ActivityDetail(a.getId(), a.getProjectId(), a.getKind(), a.getTitle(), a.getStartDate(),
				a.getEndDate(), a.getLocation(), a.getCountry(), a.getCapacity(), a.getEmployer(), a.getSupervisor(),
				a.getGoals(), a.getResult(), a.getResultNote(), a.getStaffUserId(), a.sessionsInOrder(), members,
				everyone, a.visitsInOrder(), attendance);
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
