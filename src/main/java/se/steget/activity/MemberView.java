package se.steget.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import se.steget.core.Gender;

/**
 * A participant in an activity, with the hours recorded there; the name is null for a
 * person with protected identity.
 */
public record MemberView(UUID enrollmentId, UUID participantId, String name, boolean protectedIdentity, Gender gender,
		LocalDate joinedOn, BigDecimal hours) {

	static final String SELECT = "select m.enrollment_id, e.participant_id,"
			+ " case when p.protected_identity then null else p.first_name || ' ' || p.last_name end as name,"
			+ " p.protected_identity, p.gender, m.joined_on,"
			+ " (select coalesce(sum(a.hours), 0) from attendance a where a.activity_id = m.activity_id"
			+ " and a.enrollment_id = m.enrollment_id) as hours"
			+ " from activity_member m join enrollment e on e.id = m.enrollment_id"
			+ " join participant p on p.id = e.participant_id";

}
