package se.steget.privacy;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs retention every night, on one instance only: the others find the lock taken and
 * skip the night.
 */
@Component
class RetentionSchedule {

	private final Retention retention;

	RetentionSchedule(Retention retention) {
		this.retention = retention;
	}

	@Scheduled(cron = "${steget.retention.cron:0 30 2 * * *}", zone = "Europe/Stockholm")
	@SchedulerLock(name = "retention", lockAtLeastFor = "PT5M")
	public void nightly() {
		this.retention.run();
	}

}
