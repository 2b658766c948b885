/**
 * Outcomes and follow-up: what participants do upon leaving and at each follow-up point,
 * the ESF+ rule for which outcome counts, and the follow-ups that are due.
 */
package se.steget.outcome;
