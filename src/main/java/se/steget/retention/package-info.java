/**
 * Retention: when a project's time to keep personal data has run out, its participants'
 * identities and free texts go, while what the statistics count stays.
 */
package se.steget.retention;
