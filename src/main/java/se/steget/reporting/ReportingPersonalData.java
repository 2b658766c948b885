package se.steget.reporting;

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
 * The goal report's fact per starter: gender, obstacle at the start, home municipality
 * and where they went upon leaving. The register extract shows it; erasure keeps it,
 * since it is what the kept counts are made of. The counts per project
 * ({@code outcome_summary}) are about no one person.
 */
@Component
@Order(6)
class ReportingPersonalData implements PersonalData {

	private static final String ENROLLMENTS = "(" + CaseScope.ofParticipants("people") + ")";

	private final JdbcClient jdbc;

	ReportingPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<PersonalColumn> columns() {
		return List.of(PersonalColumn.kept("starter_fact", "gender"), PersonalColumn.kept("starter_fact", "obstacle"),
				PersonalColumn.kept("starter_fact", "municipality_code"),
				PersonalColumn.kept("starter_fact", "upon_leaving"));
	}

	@Override
	public Map<String, List<Map<String, Object>>> describe(UUID participantId) {
		return Map.of("statistics", Rows.of(
				this.jdbc
					.sql("select gender, obstacle, municipality_code, leaver, upon_leaving from starter_fact"
							+ " where enrollment_id in " + ENROLLMENTS)
					.param("people", participantId)));
	}

	@Override
	public Map<String, Long> disposable(Erasure erasure) {
		return Map.of();
	}

	@Override
	public void erase(Erasure erasure) {
		// Kept whole: the counts of every goal report are made of these facts.
	}

}
