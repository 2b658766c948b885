package se.steget.matching;

import se.steget.employer.VacancyView;

/**
 * A vacancy ranked for a participant, with why.
 */
public record VacancyMatch(VacancyView vacancy, Match match) {

}
