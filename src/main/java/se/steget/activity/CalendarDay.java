package se.steget.activity;

import java.time.LocalDate;
import java.util.List;

/**
 * A day of the project's calendar that has something on it.
 */
public record CalendarDay(LocalDate day, List<CalendarEntry> entries) {

}
