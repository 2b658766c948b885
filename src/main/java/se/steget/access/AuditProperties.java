package se.steget.access;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The audit log's key ({@code steget.audit.key}, from {@code STEGET_AUDIT_KEY}): the HMAC
 * of every entry is made with it, so it must be kept outside the database, and anyone who
 * can write to the database must not be able to read it. The anchor file
 * ({@code steget.audit.anchor-file}, from {@code STEGET_AUDIT_ANCHOR_FILE}), if given, is
 * where the chain's head is written out every quarter of an hour, on storage the database
 * cannot reach.
 */
@ConfigurationProperties("steget.audit")
record AuditProperties(String key, Path anchorFile) {

	/**
	 * The key of a development machine or the demo, which must not be used in production.
	 */
	static final String DEVELOPMENT_KEY = "steget-development-audit-key-replace-in-production";

	AuditProperties {
		if (key == null || key.isBlank()) {
			key = DEVELOPMENT_KEY;
		}
		if (anchorFile != null && anchorFile.toString().isBlank()) {
			anchorFile = null;
		}
	}

}
