/**
 * Reporting: the projects' goals as data and the live goal report by gender with its
 * forecast, breakdowns and exports, the ESF+ indicator report and the monthly report to
 * Statistics Sweden.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "core", "access", "project", "participant", "enrollment", "outcome" })
package se.steget.reporting;
