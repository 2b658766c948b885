/**
 * Case work: the daily work with a participant. So far the contact log; action plans,
 * activities, assessments, hours and documents come here too.
 */
package se.steget.casework;
