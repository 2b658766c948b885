package se.steget.evaluation;

import java.util.UUID;

import se.steget.core.GenderCounts;

/** A project on the evaluator's page, with how many rows its extract has, by gender. */
record ExtractSummary(UUID projectId, String name, GenderCounts rows) {

}
