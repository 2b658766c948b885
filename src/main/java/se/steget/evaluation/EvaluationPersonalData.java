package se.steget.evaluation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.steget.core.Erasure;
import se.steget.core.PersonalColumn;
import se.steget.core.PersonalData;

/**
 * What evaluation holds about people: the comparison groups, job seekers who are not
 * participants, each under a pseudonym that only this module's secret ties to a number.
 * No participant's record leads to them, so a participant's register extract has nothing
 * here; a project's group goes when the project's retention runs out.
 */
@Component
@Order(11)
class EvaluationPersonalData implements PersonalData {

	private static final List<String> COLUMNS = List.of("pseudonym", "gender", "birth_year", "education_level",
			"birth_region", "disability", "months_registered", "municipality_code", "reference_month",
			"outcome_90_days", "outcome_182_days", "outcome_365_days");

	private final JdbcClient jdbc;

	EvaluationPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<PersonalColumn> columns() {
		return COLUMNS.stream().map((c) -> PersonalColumn.erased("comparison_person", c)).toList();
	}

	@Override
	public Map<String, List<Map<String, Object>>> describe(UUID participantId) {
		return Map.of();
	}

	@Override
	public Map<String, Long> disposable(Erasure erasure) {
		return Map.of("comparisonPeople",
				this.jdbc.sql("select count(*) from comparison_person where project_id in (:projects)")
					.params(erasure.params())
					.query(Long.class)
					.single());
	}

	@Override
	public void erase(Erasure erasure) {
		this.jdbc.sql("delete from comparison_person where project_id in (:projects)")
			.params(erasure.params())
			.update();
	}

}
