/**
 * Webhooks: other systems told of the changes they care about (a participant enrolled or
 * exited, an outcome recorded, a vacancy filled, an import finished), signed as the
 * Standard Webhooks specification says, from an outbox written in the change's own
 * transaction and delivered again on a backoff schedule until the subscriber accepts.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "core", "access", "project", "enrollment", "outcome", "employer", "imports" })
package se.steget.webhook;
