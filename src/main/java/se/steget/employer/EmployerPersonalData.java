package se.steget.employer;

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
 * What the employer side holds about people. A contact with an employer about a named
 * participant (job acquisition, a follow-up of their placement or internship) is about
 * them: erasure blanks what came of it and its next step. Contact persons at employers
 * are people too: each is kept for {@code steget.employer.contact-person-months} after
 * they were added or last named in a contact, then removed; their own extract is on the
 * employer's page.
 */
@Component
@Order(7)
class EmployerPersonalData implements PersonalData {

	private static final String ENROLLMENTS = "(" + CaseScope.ofParticipants("people") + ")";

	private static final String EXPIRED_CONTACT_PERSONS = "select p.id from employer_contact_person p"
			+ " where p.added_on < :cutoff and not exists (select 1 from employer_contact c"
			+ " where c.contact_person_id = p.id and c.contacted_on >= :cutoff)";

	private final JdbcClient jdbc;

	private final EmployerProperties properties;

	EmployerPersonalData(JdbcClient jdbc, EmployerProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Override
	public List<PersonalColumn> columns() {
		return List.of(PersonalColumn.erased("employer_contact", "outcome"),
				PersonalColumn.erased("employer_contact", "next_step"),
				PersonalColumn.kept("employer_contact", "enrollment_id"),
				PersonalColumn.erased("employer_contact_person", "name"),
				PersonalColumn.erased("employer_contact_person", "role"),
				PersonalColumn.erased("employer_contact_person", "phone"),
				PersonalColumn.erased("employer_contact_person", "email"));
	}

	@Override
	public Map<String, List<Map<String, Object>>> describe(UUID participantId) {
		Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
		sections.put("employerContacts",
				Rows.of(this.jdbc
					.sql("select c.contacted_on, em.name as employer, c.channel, c.purpose, c.outcome, c.next_step,"
							+ " c.next_step_due from employer_contact c join employer em on em.id = c.employer_id"
							+ " where c.enrollment_id in " + ENROLLMENTS + " order by c.contacted_on")
					.param("people", participantId)));
		return sections;
	}

	@Override
	public Map<String, Long> disposable(Erasure erasure) {
		Map<String, Object> params = params(erasure);
		return Map.of("employerContactNotes",
				this.jdbc
					.sql("select count(*) from employer_contact where enrollment_id in " + ENROLLMENTS
							+ " and (outcome is not null or next_step is not null)")
					.params(params)
					.query(Long.class)
					.single(),
				"contactPersons",
				this.jdbc.sql("select count(*) from (" + EXPIRED_CONTACT_PERSONS + ") expired")
					.params(params)
					.query(Long.class)
					.single());
	}

	@Override
	public void erase(Erasure erasure) {
		Map<String, Object> params = params(erasure);
		this.jdbc
			.sql("update employer_contact set outcome = null, next_step = null where enrollment_id in " + ENROLLMENTS)
			.params(params)
			.update();
		this.jdbc.sql("delete from employer_contact_person where id in (" + EXPIRED_CONTACT_PERSONS + ")")
			.params(params)
			.update();
	}

	private Map<String, Object> params(Erasure erasure) {
		Map<String, Object> params = new LinkedHashMap<>(erasure.params());
		params.put("cutoff", erasure.on().minusMonths(this.properties.contactPersonMonths()));
		return params;
	}

}
