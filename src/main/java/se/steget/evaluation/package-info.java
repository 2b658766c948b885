/**
 * Evaluation: pseudonymised extracts for the external evaluator, who never sees a name, a
 * personal identity number or an id that leads back to one.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "core", "access", "project", "outcome", "activity", "casework" })
package se.steget.evaluation;
