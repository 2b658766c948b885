package se.steget.employer;

import java.util.UUID;

/**
 * The last open position of a vacancy was filled, published in the filling transaction.
 */
public record VacancyFilled(UUID vacancyId, UUID employerId) {

}
