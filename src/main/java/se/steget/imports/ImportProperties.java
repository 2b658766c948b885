package se.steget.imports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of an import, stated on its page: the largest file, the most rows, and how long
 * a job keeps its file and report before they are erased; and how many imports an
 * instance runs at once, and how long a running import may go without a heartbeat before
 * it counts as stopped.
 */
@ConfigurationProperties("steget.imports")
record ImportProperties(Integer maxFileMegabytes, Integer maxRows, Duration keptFor, Integer workers,
		Duration stoppedAfter) {

	ImportProperties {
		workers = (workers != null) ? workers : 2;
		stoppedAfter = (stoppedAfter != null) ? stoppedAfter : Duration.ofMinutes(2);
		maxFileMegabytes = (maxFileMegabytes != null) ? maxFileMegabytes : 20;
		maxRows = (maxRows != null) ? maxRows : 100_000;
		keptFor = (keptFor != null) ? keptFor : Duration.ofDays(30);
	}

	long maxFileBytes() {
		return this.maxFileMegabytes * 1024L * 1024L;
	}

}
