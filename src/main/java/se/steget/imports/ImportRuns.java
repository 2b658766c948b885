package se.steget.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.steget.core.RejectedInputException;

/**
 * The workers that run imports in the background, on every instance. A job queued on one
 * instance is handed to its workers once the queueing transaction commits; a job no
 * worker has claimed (its instance stopped, or its workers were busy) is found by the
 * poll of any instance. Claiming is one conditional update, so one worker runs a job. A
 * running job writes its progress and a heartbeat in transactions of their own; one whose
 * heartbeat stopped is marked failed, and its own transaction, never committed, wrote
 * nothing.
 */
@Component
class ImportRuns {

	private static final Logger log = LoggerFactory.getLogger(ImportRuns.class);

	private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

	private final ThreadPoolTaskExecutor workers = new ThreadPoolTaskExecutor();

	private final Set<UUID> handedOver = ConcurrentHashMap.newKeySet();

	private final ObjectProvider<ImportManagement> management;

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final ImportProperties properties;

	private final Clock clock;

	ImportRuns(ObjectProvider<ImportManagement> management, JdbcClient jdbc, PlatformTransactionManager transactions,
			ImportProperties properties, Clock clock) {
		this.management = management;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.workers.setCorePoolSize(properties.workers());
		this.workers.setMaxPoolSize(properties.workers());
		this.workers.setQueueCapacity(100);
		this.workers.setThreadNamePrefix("import-");
		this.workers.initialize();
	}

	@PreDestroy
	void stop() {
		this.workers.shutdown();
	}

	/** Hands the job to this instance's workers once the current transaction commits. */
	void afterCommit(UUID id) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				handOver(id);
			}
		});
	}

	/**
	 * Marks running jobs whose heartbeat stopped as failed, and hands queued jobs no
	 * worker has claimed to this instance's workers.
	 */
	@Scheduled(fixedDelayString = "${steget.imports.poll-interval:PT5S}")
	void poll() {
		failStopped();
		this.jdbc
			.sql("select id from import_job where status in ('CHECKING', 'IMPORTING') and heartbeat_at is null"
					+ " order by created_at")
			.query(UUID.class)
			.list()
			.forEach(this::handOver);
	}

	/** Marks running jobs whose heartbeat is older than the limit as failed. */
	int failStopped() {
		LocalDateTime limit = LocalDateTime.now(this.clock).minus(this.properties.stoppedAfter());
		return this.jdbc
			.sql("update import_job set status = 'FAILED', failure = 'imports.failure.stopped', version = version + 1"
					+ " where status in ('CHECKING', 'IMPORTING') and heartbeat_at < ?")
			.param(limit)
			.update();
	}

	private void handOver(UUID id) {
		if (!this.handedOver.add(id)) {
			return;
		}
		try {
			this.workers.execute(() -> {
				try {
					run(id);
				}
				finally {
					this.handedOver.remove(id);
				}
			});
		}
		catch (TaskRejectedException busy) {
			this.handedOver.remove(id);
		}
	}

	/** Runs the job if this worker is the one to claim it. */
	void run(UUID id) {
		if (!claim(id)) {
			return;
		}
		try {
			this.ownTransaction.executeWithoutResult((status) -> this.management.getObject().run(id, new Tracker(id)));
		}
		catch (RejectedInputException changed) {
			// someone else changed the register while the rows were written
			failed(id, "imports.failure.changed");
		}
		catch (RuntimeException ex) {
			log.error("Import {} failed", id, ex);
			failed(id, "imports.failure.error");
		}
	}

	private void failed(UUID id, String failure) {
		this.ownTransaction.executeWithoutResult((status) -> this.management.getObject().failed(id, failure));
	}

	private boolean claim(UUID id) {
		Integer claimed = this.ownTransaction.execute((status) -> this.jdbc
			.sql("update import_job set heartbeat_at = ? where id = ? and heartbeat_at is null"
					+ " and status in ('CHECKING', 'IMPORTING')")
			.params(LocalDateTime.now(this.clock), id)
			.update());
		return claimed != null && claimed == 1;
	}

	/**
	 * A running job's progress: rows gone through of all it has to go through, written
	 * with a heartbeat at most once a second.
	 */
	final class Tracker implements ImportProgress {

		private final UUID id;

		private int total;

		private int done;

		private Instant written = Instant.MIN;

		Tracker(UUID id) {
			this.id = id;
		}

		@Override
		public void total(int rows) {
			this.total = rows;
			write();
		}

		@Override
		public void row() {
			this.done++;
			if (Duration.between(this.written, ImportRuns.this.clock.instant()).compareTo(PROGRESS_EVERY) >= 0) {
				write();
			}
		}

		private void write() {
			this.written = ImportRuns.this.clock.instant();
			ImportRuns.this.ownTransaction.executeWithoutResult((status) -> ImportRuns.this.jdbc
				.sql("update import_job set progress_done = ?, progress_total = ?, heartbeat_at = ? where id = ?")
				.params(this.done, this.total, LocalDateTime.now(ImportRuns.this.clock), this.id)
				.update());
		}

	}

}
