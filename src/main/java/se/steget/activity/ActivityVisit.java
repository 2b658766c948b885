package se.steget.activity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A follow-up visit at the workplace during an internship or work trial.
 */
public record ActivityVisit(LocalDate visitedOn, UUID staffUserId, String note) {

}
