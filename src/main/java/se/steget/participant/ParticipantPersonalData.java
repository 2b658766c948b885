package se.steget.participant;

import java.util.ArrayList;
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
import se.steget.organisation.OrganisationManagement;
import se.steget.organisation.OrganisationView;

/**
 * The participant's identity, situation at the start and consent. Erasure replaces the
 * name and number by placeholders, marks the identity protected and drops the sharing
 * choices; what the statistics count (gender, birth date, home municipality, the
 * situation at the start) stays.
 */
@Component
@Order(1)
class ParticipantPersonalData implements PersonalData {

	private static final List<String> ERASED = List.of("personal_identity_number", "first_name", "last_name",
			"reserve_document", "external_id");

	private static final List<String> KEPT = List.of("gender", "birth_date", "municipality_code", "birth_region",
			"education_level", "disability", "months_unemployed", "swedish_level");

	private final JdbcClient jdbc;

	private final OrganisationManagement organisations;

	ParticipantPersonalData(JdbcClient jdbc, OrganisationManagement organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	@Override
	public List<PersonalColumn> columns() {
		var columns = new ArrayList<PersonalColumn>();
		ERASED.forEach((column) -> columns.add(PersonalColumn.erased("participant", column)));
		KEPT.forEach((column) -> columns.add(PersonalColumn.kept("participant", column)));
		columns.add(PersonalColumn.erased("participant_sharing", "organisation_id"));
		columns.add(PersonalColumn.erased("participant_lookup", "purpose"));
		List.of("removed_number", "removed_first_name", "removed_last_name", "taken_fields")
			.forEach((column) -> columns.add(PersonalColumn.erased("participant_merge", column)));
		return columns;
	}

	@Override
	public Map<String, List<Map<String, Object>>> describe(UUID participantId) {
		Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
		sections.put("participant", Rows.of(this.jdbc
			.sql("select personal_identity_number, first_name, last_name, gender, birth_date, municipality_code,"
					+ " protected_identity, birth_region, education_level, disability, months_unemployed,"
					+ " swedish_level, registered_at, first_enrolled_on, informed_on, registration_consent_on,"
					+ " sharing_consent_on, consent_withdrawn_on, anonymised_on, reserve_document, external_id from participant"
					+ " where id = ?")
			.param(participantId)));
		List<UUID> shared = this.jdbc.sql("select organisation_id from participant_sharing where participant_id = ?")
			.param(participantId)
			.query(UUID.class)
			.list();
		sections.put("sharing",
				this.organisations.findAll(shared)
					.stream()
					.map(OrganisationView::name)
					.map((name) -> Map.<String, Object>of("name", name))
					.toList());
		sections.put("lookups", Rows.of(this.jdbc
			.sql("select looked_up_at, purpose from participant_lookup where participant_id = ? order by looked_up_at")
			.param(participantId)));
		sections.put("merges",
				Rows.of(this.jdbc
					.sql("select merged_at, removed_number, removed_first_name, removed_last_name, taken_fields,"
							+ " moved_enrollments from participant_merge where kept_id = ? order by merged_at")
					.param(participantId)));
		return sections;
	}

	@Override
	public Map<String, Long> disposable(Erasure erasure) {
		return Map.of("identities",
				Rows.count(this.jdbc,
						"select count(*) from participant where id in (:people) and anonymised_on is null", erasure),
				"sharing", Rows.count(this.jdbc,
						"select count(*) from participant_sharing where participant_id in (:people)", erasure),
				"lookups",
				Rows.count(this.jdbc, "select count(*) from participant_lookup where participant_id in (:people)",
						erasure),
				"merges",
				Rows.count(this.jdbc, "select count(*) from participant_merge where kept_id in (:people)", erasure));
	}

	@Override
	public void erase(Erasure erasure) {
		Map<String, Object> params = erasure.params();
		this.jdbc.sql("delete from participant_sharing where participant_id in (:people)").params(params).update();
		this.jdbc.sql("delete from participant_lookup where participant_id in (:people)").params(params).update();
		this.jdbc.sql("delete from participant_merge where kept_id in (:people)").params(params).update();
		this.jdbc
			.sql("update participant set first_name = '-', last_name = '-', protected_identity = true,"
					+ " reserve_document = null, external_id = null,"
					+ " personal_identity_number = 'X' || substring(replace(cast(id as varchar(36)), '-', ''), 1, 11),"
					+ " anonymised_on = coalesce(anonymised_on, :today) where id in (:people)")
			.params(params)
			.update();
	}

}
