/**
 * Outcomes and follow-up: what participants do upon leaving and at each follow-up point,
 * the follow-ups that are due, the projects' goals as data, and the live goal report by
 * gender with its ESF+ and SCB reports.
 */
package se.steget.outcome;
