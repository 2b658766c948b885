package se.steget.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A participant's hours in one activity on one day.
 */
public record HoursRow(LocalDate attendedOn, UUID activityId, ActivityKind kind, String title, BigDecimal hours) {

}
