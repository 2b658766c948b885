package se.steget.activity;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.steget.enrollment.EnrollmentView;

/**
 * A participant's hours in one month of an enrollment, day by day.
 */
public record MonthHours(EnrollmentView enrollment, YearMonth month, List<HoursRow> rows) {

	/**
	 * One line per day with the day's activities and hours, as the certificate shows it.
	 */
	public List<Day> byDay() {
		Map<LocalDate, Day> days = new TreeMap<>();
		this.rows.forEach(
				(row) -> days.merge(row.attendedOn(), new Day(row.attendedOn(), row.title(), row.hours()), Day::plus));
		return List.copyOf(days.values());
	}

	public BigDecimal total() {
		return this.rows.stream().map(HoursRow::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public long days() {
		return this.rows.stream().map(HoursRow::attendedOn).distinct().count();
	}

	public record Day(LocalDate date, String activities, BigDecimal hours) {

		Day plus(Day other) {
			return new Day(this.date, this.activities + ", " + other.activities, this.hours.add(other.hours));
		}

	}

}
