package se.steget.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --steget.audit.verify}: checks the audit log's chain, prints the result and
 * exits, 0 when intact and 1 when an entry was edited or deleted. It runs after every
 * other runner (the demo data among them).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AuditVerifyCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AuditVerifyCommand.class);

	private final AuditLog auditLog;

	private final ConfigurableApplicationContext context;

	AuditVerifyCommand(AuditLog auditLog, ConfigurableApplicationContext context) {
		this.auditLog = auditLog;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption("steget.audit.verify")) {
			return;
		}
		AuditVerification result = this.auditLog.verify();
		if (result.intact()) {
			log.info("Audit log intact: {} entries checked", result.checked());
		}
		else {
			log.error("Audit log broken at entry {} ({} entries checked)", result.brokenAt(), result.checked());
		}
		int code = result.intact() ? 0 : 1;
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

}
