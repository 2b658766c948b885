package se.steget.casework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One measurement on a project's assessment scale: the scale, the day, the score, who
 * assessed, and a note.
 */
record AssessmentEntry(UUID scaleId, LocalDate assessedOn, int score, UUID staffUserId, String note) {

}
