package se.steget.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import se.steget.core.SmallCells;
import se.steget.access.AccessScope;
import se.steget.access.Role;
import se.steget.core.Csv;
import se.steget.core.GenderCounts;
import se.steget.core.NotFoundException;
import se.steget.outcome.OutcomeGroup;
import se.steget.outcome.OutcomeKind;

/**
 * The goal report's core figures across every project the user sees, in one set-based
 * query at any scale: starters, leavers and where the leavers went upon leaving (the ESF+
 * rule: the last event within four weeks), by gender, obstacle at the start and home
 * municipality.
 */
@Service
public class OutcomeCube {

	/** The municipality code the counts give a protected identity: none that exists. */
	static final String NOT_SHOWN = "----";

	/** The obstacle at the start, by the same precedence as {@link Obstacle}. */
	static final String OBSTACLE = "case when p.disability then 'DISABILITY'"
			+ " when p.birth_region = 'OUTSIDE_EUROPE' then 'BORN_OUTSIDE_EUROPE'"
			+ " when p.education_level = 'PRE_UPPER_SECONDARY' then 'LOW_EDUCATION'" + " when " + AgeAtStart.SQL
			+ " < 25 or " + AgeAtStart.SQL + " >= 55 then 'AGE' else 'NONE' end";

	static final String STARTERS = "(e.status = 'ACTIVE' or (e.status = 'EXITED'"
			+ " and e.exit_reason not in ('DECLINED_AT_INTAKE', 'WITHDREW_AT_INTAKE')))";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SmallCells smallCells;

	OutcomeCube(JdbcClient jdbc, Clock clock, SmallCells smallCells) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.smallCells = smallCells;
	}

	/**
	 * The cube by obstacle and gender, in one home municipality or all; small counts
	 * hidden for those who see aggregates only.
	 */
	public OutcomeOverview overview(String municipalityCode, AccessScope scope) {
		return OutcomeOverview.of(cells(scope), municipalityCode, threshold(scope), LocalDate.now(this.clock));
	}

	/** Every cell as CSV, with small counts hidden as on the page. */
	public String csv(AccessScope scope) {
		int threshold = threshold(scope);
		return Csv.of(List.of("gender", "obstacle", "municipality", "starters", "leavers", "to_work", "to_studies"),
				cells(scope).stream()
					.map((cell) -> List.of(cell.gender(), cell.obstacle(),
							NOT_SHOWN.equals(cell.municipalityCode()) ? "" : cell.municipalityCode(),
							GenderCounts.shown(cell.starters(), threshold),
							GenderCounts.shown(cell.leavers(), threshold), GenderCounts.shown(cell.toWork(), threshold),
							GenderCounts.shown(cell.toStudies(), threshold)))
					.toList());
	}

	/**
	 * Exact counts only for a project manager, who reads every case of their projects;
	 * everyone else, who could subtract the people they see from the counts, gets the
	 * small counts hidden.
	 */
	private int threshold(AccessScope scope) {
		return this.smallCells.thresholdFor(scope.seesSuppressedFigures() || scope.role() != Role.PROJECT_MANAGER);
	}

	/** Every cell with at least one starter, in a stable order, from the summary. */
	public List<OutcomeCell> cells(AccessScope scope) {
		if (!scope.seesFigures()) {
			throw new NotFoundException("Report");
		}
		Map<String, Object> params = new HashMap<>();
		String where = "";
		if (!scope.allProjects()) {
			where = " where project_id in (:projects)";
			params.put("projects", scope.projectFilter());
		}
		return this.jdbc
			.sql("select gender, obstacle, municipality_code, sum(starters) as starters, sum(leavers) as leavers,"
					+ " sum(to_work) as to_work, sum(to_studies) as to_studies from outcome_summary" + where
					+ " group by gender, obstacle, municipality_code having sum(starters) > 0"
					+ " order by gender, obstacle, municipality_code")
			.params(params)
			.query(OutcomeCell.class)
			.list();
	}

	/** The outcome kinds of a group, as an SQL list of literals. */
	static String kinds(OutcomeGroup group) {
		return Arrays.stream(OutcomeKind.values())
			.filter((k) -> k.group() == group)
			.map((k) -> "'" + k.name() + "'")
			.collect(Collectors.joining(", "));
	}

}
