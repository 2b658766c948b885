package se.steget.activity;

import java.time.LocalDate;
import java.util.UUID;

import se.steget.core.GenderCounts;

/**
 * An activity in a list, with how many take part, by gender.
 */
public record ActivityView(UUID id, UUID projectId, ActivityKind kind, String title, LocalDate startDate,
		LocalDate endDate, Integer capacity, int members, int women, int men, UUID employerId) {

	static final String SELECT = "select a.id, a.project_id, a.kind, a.title, a.start_date, a.end_date, a.capacity,"
			+ " (select count(*) from activity_member m where m.activity_id = a.id) as members," + counting("WOMAN")
			+ " as women," + counting("MAN") + " as men, a.employer_id from activity a";

	private static String counting(String gender) {
		return " (select count(*) from activity_member m join enrollment e on e.id = m.enrollment_id"
				+ " join participant p on p.id = e.participant_id where m.activity_id = a.id and p.gender = '" + gender
				+ "')";
	}

	public GenderCounts byGender() {
		return new GenderCounts(this.women, this.men, this.members - this.women - this.men);
	}

}
