/**
 * Scale: a data generator with a seed and a size, and a benchmark command that measures
 * the figures that must stay fast at national scale against a bare-SQL floor and writes
 * JSON.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "core", "access", "project", "enrollment",
		"outcome", "reporting", "matching", "imports" })
package se.steget.benchmark;
