package se.steget.outcome;

/**
 * The ESF+ common result indicators (Regulation (EU) 2021/1057, Annex I) that an outcome
 * counts towards. Employment and job searching exclude each other: a person counts in one
 * at most.
 */
public enum EsfResult {

	IN_EMPLOYMENT, IN_EDUCATION_OR_TRAINING, JOB_SEARCHING, NONE

}
