package se.steget.reporting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessScope;
import se.steget.participant.ParticipantSummary;
import se.steget.core.NotFoundException;
import se.steget.core.PersonalIdentityNumber;
import se.steget.project.ProjectManagement;
import se.steget.project.ProjectView;

/**
 * The monthly report to Statistics Sweden: the participants who started and who ended in
 * a month, by personal identity number. Months are produced in order; a correction to a
 * produced month, or producing an earlier month later, asks for the later ones again.
 */
@Service
@Transactional(readOnly = true)
public class ScbReport {

	private final JdbcClient jdbc;

	private final ProjectManagement projects;

	private final Clock clock;

	private final String placeholder;

	ScbReport(JdbcClient jdbc, ProjectManagement projects, Clock clock, ScbProperties properties) {
		this.jdbc = jdbc;
		this.projects = projects;
		this.clock = clock;
		this.placeholder = properties.protectedIdentityPlaceholder();
	}

	public ScbReportView month(UUID projectId, YearMonth month, AccessScope scope) {
		ProjectView project = project(projectId, scope);
		return new ScbReportView(projectId, project.name(), month, rows(projectId, month), months(project));
	}

	/** Records that the month was produced as it stands now, and returns it. */
	@Transactional
	public ScbReportView produce(UUID projectId, YearMonth month, UUID userId, AccessScope scope) {
		project(projectId, scope);
		List<ScbRow> rows = rows(projectId, month);
		this.jdbc.sql("delete from scb_report where project_id = ? and report_month = ?")
			.params(projectId, month.toString())
			.update();
		this.jdbc
			.sql("insert into scb_report (project_id, report_month, produced_at, produced_by, row_count, checksum)"
					+ " values (?, ?, ?, ?, ?, ?)")
			.params(projectId, month.toString(), LocalDateTime.now(this.clock), userId, rows.size(), checksum(rows))
			.update();
		return month(projectId, month, scope);
	}

	/** Every month of the project until the last finished one, with its state. */
	private List<ScbMonth> months(ProjectView project) {
		Map<String, Object[]> produced = new HashMap<>();
		this.jdbc.sql("select report_month, produced_at, checksum from scb_report where project_id = ?")
			.param(project.id())
			.query((rs, n) -> produced.put(rs.getString(1).strip(),
					new Object[] { rs.getObject(2, LocalDateTime.class), rs.getString(3) }))
			.list();
		YearMonth last = YearMonth.now(this.clock).minusMonths(1);
		if (project.periodEnd() != null && YearMonth.from(project.periodEnd()).isBefore(last)) {
			last = YearMonth.from(project.periodEnd());
		}
		YearMonth first = (project.periodStart() != null) ? YearMonth.from(project.periodStart()) : last;
		Map<YearMonth, List<ScbRow>> rows = rowsByMonth(project.id(), first, last);
		List<ScbMonth> months = new ArrayList<>();
		LocalDateTime latestEarlier = null;
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			Object[] record = produced.get(m.toString());
			if (record == null) {
				months.add(new ScbMonth(m, ScbMonth.Status.NOT_PRODUCED, null));
				continue;
			}
			LocalDateTime at = (LocalDateTime) record[0];
			ScbMonth.Status status = !checksum(rows.getOrDefault(m, List.of())).equals(record[1])
					? ScbMonth.Status.CHANGED : (latestEarlier != null && latestEarlier.isAfter(at))
							? ScbMonth.Status.OUT_OF_ORDER : ScbMonth.Status.PRODUCED;
			months.add(new ScbMonth(m, status, at));
			latestEarlier = (latestEarlier == null || at.isAfter(latestEarlier)) ? at : latestEarlier;
		}
		return months;
	}

	/** The starters who started or ended in the month, the earliest start first. */
	private List<ScbRow> rows(UUID projectId, YearMonth month) {
		return rowsByMonth(projectId, month, month).getOrDefault(month, List.of());
	}

	/**
	 * The rows of every month from the first to the last, from one query: a person is in
	 * the month they started and in the month they ended.
	 */
	private Map<YearMonth, List<ScbRow>> rowsByMonth(UUID projectId, YearMonth from, YearMonth to) {
		LocalDate first = from.atDay(1);
		LocalDate last = to.atEndOfMonth();
		Map<YearMonth, List<ScbRow>> months = new HashMap<>();
		this.jdbc
			.sql("select p.personal_identity_number, p.protected_identity, e.start_date, e.exit_date"
					+ " from enrollment e join participant p on p.id = e.participant_id where e.project_id = ?"
					+ " and (e.status = 'ACTIVE' or (e.status = 'EXITED'"
					+ " and e.exit_reason not in ('DECLINED_AT_INTAKE', 'WITHDREW_AT_INTAKE')))"
					+ " and ((e.start_date between ? and ?) or (e.exit_date between ? and ?))"
					+ " order by e.start_date, p.protected_identity,"
					+ " case when p.protected_identity then null else p.personal_identity_number end, e.id")
			.params(projectId, first, last, first, last)
			.query((rs, n) -> {
				String number = (rs.getBoolean(2) || rs.getString(1) == null) ? this.placeholder
						: new PersonalIdentityNumber(rs.getString(1)).formatted();
				LocalDate start = rs.getObject(3, LocalDate.class);
				LocalDate exit = rs.getObject(4, LocalDate.class);
				YearMonth started = YearMonth.from(start);
				YearMonth ended = (exit != null) ? YearMonth.from(exit) : null;
				if (!started.isBefore(from) && !started.isAfter(to)) {
					months.computeIfAbsent(started, (m) -> new ArrayList<>())
						.add(new ScbRow(number, start, started.equals(ended) ? exit : null));
				}
				if (ended != null && !ended.equals(started) && !ended.isBefore(from) && !ended.isAfter(to)) {
					months.computeIfAbsent(ended, (m) -> new ArrayList<>()).add(new ScbRow(number, start, exit));
				}
				return number;
			})
			.list();
		return months;
	}

	private ProjectView project(UUID projectId, AccessScope scope) {
		if (!scope.canManageProjects() || !scope.canSeeProject(projectId)) {
			throw new NotFoundException("Project");
		}
		return this.projects.get(projectId, scope);
	}

	private static String checksum(List<ScbRow> rows) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			rows.forEach((row) -> digest.update((row.line() + "\n").getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
