/**
 * Demo data: the five seed projects with made-up staff, participants and enrollments,
 * loaded on first start with an empty database.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "access", "organisation", "project",
		"participant", "enrollment", "activity", "outcome" })
package se.steget.demo;
