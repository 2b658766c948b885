package se.steget.imports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of an import, stated on its page: the largest file, the most rows, and how long
 * a job keeps its file and report before they are erased.
 */
@ConfigurationProperties("steget.imports")
record ImportProperties(Integer maxFileMegabytes, Integer maxRows, Duration keptFor) {

	ImportProperties {
		maxFileMegabytes = (maxFileMegabytes != null) ? maxFileMegabytes : 10;
		maxRows = (maxRows != null) ? maxRows : 20_000;
		keptFor = (keptFor != null) ? keptFor : Duration.ofDays(30);
	}

	long maxFileBytes() {
		return this.maxFileMegabytes * 1024L * 1024L;
	}

}
