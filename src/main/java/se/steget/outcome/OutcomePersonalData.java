package se.steget.outcome;

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
 * A person's outcomes upon leaving and at the follow-up points. Erasure blanks the notes
 * and removes the history of removed outcomes; where the person went, and why they
 * dropped out, stay for the goal reports.
 */
@Component
@Order(5)
class OutcomePersonalData implements PersonalData {

	private static final String ENROLLMENTS = "(" + CaseScope.ofParticipants("people") + ")";

	private final JdbcClient jdbc;

	OutcomePersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<PersonalColumn> columns() {
		return List.of(PersonalColumn.erased("outcome", "note"), PersonalColumn.kept("outcome", "kind"),
				PersonalColumn.kept("outcome", "dropout_reason"),
				PersonalColumn.erased("outcome_correction", "changes"),
				PersonalColumn.erased("outcome_correction", "reason"));
	}

	@Override
	public Map<String, List<Map<String, Object>>> describe(UUID participantId) {
		return Map
			.of("outcomes", Rows.of(this.jdbc
				.sql("select o.observed_on, o.kind, o.subsidised, o.full_time, o.outside_home_municipality, o.abroad,"
						+ " o.dropout_reason, o.source, o.note, f.name as follow_up from outcome o"
						+ " left join follow_up_point f on f.id = o.follow_up_point_id where o.enrollment_id in "
						+ ENROLLMENTS + " order by o.observed_on")
				.param("people", participantId)), "outcomeCorrections", Rows.of(
						this.jdbc
							.sql("select kind, changes, changed_at from outcome_correction where enrollment_id in "
									+ ENROLLMENTS + " order by changed_at")
							.param("people", participantId)));
	}

	@Override
	public Map<String, Long> disposable(Erasure erasure) {
		return Map.of("notes", Rows.count(this.jdbc,
				"select count(*) from outcome where enrollment_id in " + ENROLLMENTS + " and note is not null", erasure)
				+ Rows.count(this.jdbc, "select count(*) from outcome_correction where enrollment_id in " + ENROLLMENTS,
						erasure));
	}

	@Override
	public void erase(Erasure erasure) {
		this.jdbc.sql("update outcome set note = null where enrollment_id in " + ENROLLMENTS)
			.params(erasure.params())
			.update();
		this.jdbc.sql("delete from outcome_correction where enrollment_id in " + ENROLLMENTS)
			.params(erasure.params())
			.update();
	}

}
