package se.steget.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.steget.core.Erasure;
import se.steget.core.PersonalColumn;
import se.steget.core.PersonalData;
import se.steget.core.Rows;
import se.steget.enrollment.CaseScope;

/**
 * A person's job profile and proposals. Erasure removes the profile (what they want, can
 * and cannot do, in their own words) and the reasons given when a proposal was declined;
 * the proposals' steps stay, since the employer figures count them.
 */
@Component
@Order(8)
class MatchingPersonalData implements PersonalData {

	private static final String ENROLLMENTS = "(" + CaseScope.ofParticipants("people") + ")";

	private final JdbcClient jdbc;

	MatchingPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<PersonalColumn> columns() {
		return List.of(PersonalColumn.erased("job_profile", "own_words"),
				PersonalColumn.erased("job_profile", "swedish_level"),
				PersonalColumn.erased("job_profile_tag", "tag_value"),
				PersonalColumn.erased("job_profile_occupation", "ssyk_code"),
				PersonalColumn.erased("proposal_step", "reason"), PersonalColumn.kept("proposal", "status"));
	}

	@Override
	public Map<String, List<Map<String, Object>>> describe(UUID participantId) {
		Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
		sections.put("jobProfile", rows("select enrollment_id, home_municipality, whole_country, abroad,"
				+ " travel_minutes, scope_min, scope_max, swedish_level, education_level, own_words from job_profile"
				+ " where enrollment_id in " + ENROLLMENTS, participantId));
		sections.put("jobProfileOccupations",
				rows("select enrollment_id, preference, ssyk_code, experience_years"
						+ " from job_profile_occupation where enrollment_id in " + ENROLLMENTS + " order by preference",
						participantId));
		sections.put("jobProfileLists", rows("select enrollment_id, kind, tag_value from job_profile_tag"
				+ " where enrollment_id in " + ENROLLMENTS + " order by kind, tag_value", participantId));
		sections.put("proposals",
				rows("select p.vacancy_id, s.status, s.taken_on, s.declined_by, s.reason from proposal p"
						+ " join proposal_step s on s.proposal_id = p.id where p.enrollment_id in " + ENROLLMENTS
						+ " order by s.taken_on, s.step", participantId));
		return sections;
	}

	@Override
	public Map<String, Long> disposable(Erasure erasure) {
		return Map.of("jobProfiles",
				Rows.count(
						this.jdbc, "select count(*) from job_profile where enrollment_id in " + ENROLLMENTS, erasure),
				"proposalReasons",
				Rows.count(this.jdbc, "select count(*) from proposal_step where reason is not null"
						+ " and proposal_id in (select id from proposal where enrollment_id in " + ENROLLMENTS + ")",
						erasure));
	}

	@Override
	public void erase(Erasure erasure) {
		this.jdbc.sql("delete from job_profile where enrollment_id in " + ENROLLMENTS)
			.params(erasure.params())
			.update();
		this.jdbc
			.sql("update proposal_step set reason = null where proposal_id in (select id from proposal"
					+ " where enrollment_id in " + ENROLLMENTS + ")")
			.params(erasure.params())
			.update();
	}

	private List<Map<String, Object>> rows(String sql, UUID participantId) {
		return Rows.of(this.jdbc.sql(sql).param("people", participantId));
	}

}
