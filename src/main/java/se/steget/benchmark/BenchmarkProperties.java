package se.steget.benchmark;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the benchmark command generates and measures.
 *
 * @param size small, medium or full; without it the command does not run
 * @param seed the generator's seed, so that a run can be repeated on the same data
 * @param figures {@code all}, or {@code imports} to measure the imports only (in a heap
 * of 512 MB, say)
 */
@ConfigurationProperties("steget.benchmark")
record BenchmarkProperties(String size, @DefaultValue("1") long seed, @DefaultValue("all") String figures) {

	boolean onlyImports() {
		return "imports".equals(this.figures);
	}

}
