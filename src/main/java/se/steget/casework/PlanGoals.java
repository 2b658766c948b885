package se.steget.casework;

/**
 * The action plan's goals for work and private life, in the long and the short term.
 */
record PlanGoals(String workLongTerm, String workShortTerm, String lifeLongTerm, String lifeShortTerm) {

}
