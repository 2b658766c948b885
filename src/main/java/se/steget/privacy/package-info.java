/**
 * Privacy over the whole record: retention (identities and free texts go when a project's
 * time to keep them has run out, while what the statistics count stays) and the export of
 * everything held about one person, for a request of access.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "core", "access", "project", "participant", "enrollment" })
package se.steget.privacy;
