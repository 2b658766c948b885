/**
 * Enrollments: a participant's stay in one project, from intake to exit.
 */
package se.steget.enrollment;
