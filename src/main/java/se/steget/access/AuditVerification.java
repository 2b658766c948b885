package se.steget.access;

import java.io.Serializable;

/**
 * The result of checking the audit log's chain.
 *
 * @param brokenAt the first entry whose hash or link does not hold, or null when all hold
 */
public record AuditVerification(long checked, Long brokenAt) implements Serializable {

	public boolean intact() {
		return this.brokenAt == null;
	}

}
