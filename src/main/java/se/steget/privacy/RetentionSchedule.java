package se.steget.privacy;

import java.time.ZoneId;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Runs retention every night at {@code steget.retention.cron}, on one instance only: the
 * others find the lock taken and skip the night.
 */
@Component
class RetentionSchedule implements SchedulingConfigurer {

	private final Retention retention;

	private final RetentionProperties properties;

	RetentionSchedule(Retention retention, RetentionProperties properties) {
		this.retention = retention;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addTriggerTask(this.retention::nightly,
				new CronTrigger(this.properties.cron(), ZoneId.of("Europe/Stockholm")));
	}

}
