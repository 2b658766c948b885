package se.steget.evaluation;

/**
 * One person in a matched comparison: a participant (treated) or one of the comparison
 * group, the cell exact matching keeps them in, and their covariates for the propensity
 * model, in the order the model's covariate names give.
 *
 * @param id a pseudonym, never a name or a number
 * @param stratum the exact-matching cell: only people in the same cell are matched
 */
record MatchUnit(String id, boolean treated, String stratum, double[] covariates) {

}
