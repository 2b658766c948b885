/**
 * Demo data: the five seed projects with made-up staff, participants and enrollments,
 * loaded on first start with an empty database.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "access", "organisation", "project",
		"participant", "enrollment", "casework", "activity", "outcome", "employer", "matching", "evaluation" })
package se.steget.demo;
