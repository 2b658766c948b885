package se.steget.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start: keys an audit chain begun before the log had a key, and warns when the
 * development key is in use.
 */
@Component
class AuditChainKey implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AuditChainKey.class);

	private final AuditLog auditLog;

	private final AuditProperties properties;

	AuditChainKey(AuditLog auditLog, AuditProperties properties) {
		this.auditLog = auditLog;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (AuditProperties.DEVELOPMENT_KEY.equals(this.properties.key())) {
			log.warn("The audit log is keyed with the development key: set STEGET_AUDIT_KEY in production");
		}
		this.auditLog.keyTheChain();
	}

}
