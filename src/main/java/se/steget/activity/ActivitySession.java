package se.steget.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One meeting of an activity, on one day, with its topic.
 */
public record ActivitySession(LocalDate sessionDate, LocalTime startsAt, BigDecimal hours, String topic) {

}
