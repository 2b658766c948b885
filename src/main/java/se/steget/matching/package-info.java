/**
 * Matching: the participant's job profile, ranking open vacancies and places for a
 * participant and participants for a vacancy, each score explained factor by factor
 * ({@code Scoring}), and proposals of a participant for a vacancy through to hire.
 */
package se.steget.matching;
