package se.steget.casework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.steget.access.AccessScope;
import se.steget.core.NotFoundException;
import se.steget.core.StaleEditException;
import se.steget.core.RejectedInputException;

/**
 * Staff time reports: each staff member reports their own time per day, project and ESF+
 * activity. More than 13 hours in a day is refused; more than 1,720 hours in a year is
 * warned about.
 */
@Service
@Transactional(readOnly = true)
public class StaffTimeManagement {

	static final int MAX_MINUTES_A_DAY = 13 * 60;

	static final int WARN_MINUTES_A_YEAR = 1720 * 60;

	private final StaffTimes times;

	private final JdbcClient jdbc;

	private final Clock clock;

	StaffTimeManagement(StaffTimes times, JdbcClient jdbc, Clock clock) {
		this.times = times;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The user's own reports of one month, by day. */
	public List<StaffTimeView> month(YearMonth month, AccessScope scope) {
		return this.jdbc
			.sql("select t.id, t.work_date, p.name as project_name, t.activity, t.minutes, t.note, t.version"
					+ " from staff_time t"
					+ " join project p on p.id = t.project_id where t.user_id = ? and t.work_date between ? and ?"
					+ " order by t.work_date, p.name")
			.params(scope.userId(), month.atDay(1), month.atEndOfMonth())
			.query(StaffTimeView.class)
			.list();
	}

	/** The hours the user has reported in a year. */
	public BigDecimal hoursInYear(int year, AccessScope scope) {
		long minutes = minutesBetween(scope.userId(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
	}

	public boolean overYearlyHours(int year, AccessScope scope) {
		return minutesBetween(scope.userId(), LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31)) > WARN_MINUTES_A_YEAR;
	}

	@Transactional
	public UUID report(StaffTimeForm form, AccessScope scope) {
		if (!scope.canSeeProject(form.getProjectId())) {
			throw new RejectedInputException("projectId", "error.unknownProject");
		}
		if (form.getWorkDate().isAfter(LocalDate.now(this.clock))) {
			throw new RejectedInputException("workDate", "error.dateInFuture");
		}
		long day = minutesBetween(scope.userId(), form.getWorkDate(), form.getWorkDate());
		if (day + form.minutes() > MAX_MINUTES_A_DAY) {
			throw new RejectedInputException("hours", "error.moreThanThirteenHours",
					BigDecimal.valueOf(day).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP));
		}
		return this.times.save(StaffTime.report(scope.userId(), form.entry())).getId();
	}

	@Transactional
	public void delete(UUID id, AccessScope scope) {
		delete(id, null, scope);
	}

	/** Removes the user's own report as of the version they saw (null: as it is now). */
	@Transactional
	public void delete(UUID id, Integer expectedVersion, AccessScope scope) {
		StaffTime time = this.times.findById(id)
			.filter((t) -> t.getUserId().equals(scope.userId()))
			.orElseThrow(() -> new NotFoundException("Time report"));
		StaleEditException.check(expectedVersion, time.getVersion());
		this.times.delete(time);
	}

	private long minutesBetween(UUID userId, LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("select coalesce(sum(minutes), 0) from staff_time where user_id = ? and work_date between ? and ?")
			.params(userId, from, to)
			.query(Long.class)
			.single();
	}

}
