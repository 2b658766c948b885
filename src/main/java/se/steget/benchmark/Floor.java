package se.steget.benchmark;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.steget.reporting.OutcomeCell;

/**
 * The floor the goal report is measured against: one hand-written SQL aggregate over the
 * cases themselves, with nothing kept in advance. Written apart from the application's
 * rules on purpose, so that the two results checking out equal means something.
 */
@Component
class Floor {

	private static final String AGE = "(extract(year from e.start_date) - extract(year from p.birth_date)"
			+ " - case when extract(month from e.start_date) * 100 + extract(day from e.start_date)"
			+ " < extract(month from p.birth_date) * 100 + extract(day from p.birth_date) then 1 else 0 end)";

	private static final String WINDOW = " between e.exit_date and e.exit_date + 28";

	private static final String SQL = "select p.gender, case when p.disability then 'DISABILITY'"
			+ " when p.birth_region = 'OUTSIDE_EUROPE' then 'BORN_OUTSIDE_EUROPE'"
			+ " when p.education_level = 'PRE_UPPER_SECONDARY' then 'LOW_EDUCATION'" + " when " + AGE + " < 25 or "
			+ AGE + " >= 55 then 'AGE' else 'NONE' end as obstacle,"
			+ " case when p.protected_identity then '----' else p.municipality_code end as municipality_code,"
			+ " count(*) as starters, count(e.exit_date) as leavers,"
			+ " sum(case when o.kind in ('EMPLOYMENT', 'SELF_EMPLOYMENT', 'SOCIAL_ENTERPRISE') then 1 else 0 end)"
			+ " as to_work, sum(case when o.kind in ('REGULAR_STUDIES', 'LABOUR_MARKET_TRAINING') then 1 else 0 end)"
			+ " as to_studies from enrollment e join participant p on p.id = e.participant_id"
			+ " left join outcome o on o.enrollment_id = e.id and o.observed_on" + WINDOW
			+ " and not exists (select 1 from outcome later where later.enrollment_id = e.id and later.observed_on"
			+ WINDOW + " and (later.observed_on > o.observed_on or (later.observed_on = o.observed_on"
			+ " and (later.recorded_at > o.recorded_at or (later.recorded_at = o.recorded_at and later.id > o.id)))))"
			+ " where e.status = 'ACTIVE' or (e.status = 'EXITED'"
			+ " and e.exit_reason not in ('DECLINED_AT_INTAKE', 'WITHDREW_AT_INTAKE'))"
			+ " group by 1, 2, 3 order by 1, 2, 3";

	private final JdbcClient jdbc;

	Floor(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<OutcomeCell> cells() {
		return this.jdbc.sql(SQL).query(OutcomeCell.class).list();
	}

}
