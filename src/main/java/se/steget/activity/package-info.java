/**
 * Activities in a project's calendar (group programmes and their sessions, internships
 * and work trials, training, study visits and exchanges, specialist appointments, job
 * search), the participants' attendance and hours, the monthly attendance certificate and
 * the project's monthly hours.
 */
package se.steget.activity;
