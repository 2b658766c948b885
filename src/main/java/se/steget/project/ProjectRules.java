package se.steget.project;

/**
 * How a project treats its cases: how many days before a time limit staff are warned,
 * whether pauses stop the counters, how often a participant is to be contacted, and how
 * many months after the project's end personal data is kept (null: until decided).
 */
record ProjectRules(int warningDays, boolean pausesStopCounters, int contactNormDays, Integer retentionMonths) {

}
